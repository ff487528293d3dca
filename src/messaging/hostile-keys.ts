/**
 * Keys that could reach an object's prototype if a file's JSON were ever merged into an object
 * (`__proto__`, `constructor`, `prototype`). Files Nudge imports (template packs, settings files)
 * are refused whole when any key anywhere in them is one of these, even written with escapes
 * (the check runs on the parsed value, not the text).
 */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first key anywhere in `value` that could reach an object's prototype, if any. */
export function hostileKey(value: unknown, depth = 0): string | null {
  if (depth > 20) return '(nested too deeply)';
  if (Array.isArray(value)) {
    for (const x of value) {
      const k = hostileKey(x, depth + 1);
      if (k) return k;
    }
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (HOSTILE_KEYS.has(k)) return k;
      const inner = hostileKey((value as Record<string, unknown>)[k], depth + 1);
      if (inner) return inner;
    }
  }
  return null;
}
