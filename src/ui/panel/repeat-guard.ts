/**
 * One action, however fast the clicks: a double click, a held Enter key or a burst of taps on the
 * same button runs the action once (issue 13, item 4: double clicks counted two offers). While an
 * action runs, or within `quietMs` of the last press of it, further presses are ignored; each
 * ignored press extends the quiet time, so a held key never repeats. Different actions never
 * block each other.
 */
export type RepeatGuard = ReturnType<typeof createRepeatGuard>;

export function createRepeatGuard(now: () => number = () => performance.now(), quietMs = 800) {
  const lastPress = new Map<string, number>();
  const running = new Set<string>();
  return {
    /** Run `action` for `key` unless it is a repeat; resolves to its result, or undefined when ignored. */
    async run<T>(key: string, action: () => Promise<T>): Promise<T | undefined> {
      const t = now();
      const previous = lastPress.get(key);
      lastPress.set(key, t);
      if (running.has(key) || (previous !== undefined && t - previous < quietMs)) return undefined;
      running.add(key);
      try {
        return await action();
      } finally {
        running.delete(key);
        lastPress.set(key, now());
      }
    },
    /** The action's press is over (a dialog it opened was answered): the next press is a new one. */
    forget(key: string): void {
      lastPress.delete(key);
    },
  };
}
