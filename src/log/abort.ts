/** Throw the signal's reason (an AbortError) when it has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('The operation was cancelled.', 'AbortError');
}

export function isAbort(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  // Dexie reports a transaction the browser aborted (a full disk) as AbortError with `inner`.
  return err?.name === 'AbortError' && !err.inner;
}

export interface Progress {
  done: number;
  total: number;
}

export interface LongTask {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}
