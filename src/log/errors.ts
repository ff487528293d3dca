/** Plain words for a failed write to the log. Dexie may wrap the browser's error as `inner`. */

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** The most specific error name: the browser's own error inside Dexie's wrapper when there is one. */
export function writeErrorName(e: unknown): string {
  let err = e as ErrorLike | null | undefined;
  let name = typeof err?.name === 'string' ? err.name : 'Error';
  for (let depth = 0; depth < 5 && err && typeof err === 'object' && err.inner; depth++) {
    err = err.inner as ErrorLike;
    if (typeof err?.name === 'string') name = err.name;
  }
  return name;
}

export function isQuotaError(e: unknown): boolean {
  const name = writeErrorName(e);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A sentence for staff saying why the log could not be written, and what to do. */
export function describeWriteError(e: unknown): string {
  if (isQuotaError(e)) return 'The computer’s disk is full, so the log could not be saved. Free some disk space or ask your IT support for help.';
  const name = writeErrorName(e);
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'The log was closed by another Nudge page. Reload this page.';
  if (name === 'VersionError' || name === 'UpgradeError') return 'The log was made by a different version of Nudge. Reload this page.';
  return `The log could not be saved (${name}).`;
}
