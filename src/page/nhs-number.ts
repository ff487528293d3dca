/**
 * NHS numbers: ten digits whose last digit is a Modulus 11 check digit.
 * Written as 3-3-4 with spaces (or hyphens) or as one run of ten digits.
 */

/** True when `digits` (exactly ten digits) carries a valid Modulus 11 check digit. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false; // numbers that would need a check digit of 10 are never issued
  return check === Number(digits[9]);
}

// Ten digits, spaced 3-3-4 (space, non-breaking space or hyphen, the same twice) or not at all,
// not part of a longer number. Mixed separators ("123 456-7890") are not how NHS numbers are written.
const CANDIDATE = /(?<!\d)(\d{3})([ \u00a0-]?)(\d{3})\2(\d{4})(?!\d)/g;

/** Text just before a number that says what it is ("NHS no.", "Lab ref"). */
export function labelBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - 32), index);
}
const NHS_LABEL = /\bnhs\b[^\d]{0,16}$/i;
/** Labels of other ten-digit numbers clinical pages show: references, orders, hospital numbers. */
const OTHER_NUMBER = /\b(?:ref(?:erence)?|lab|order|sample|specimen|request|barcode|episode|case|account|hospital|mrn|fax|tel|phone|id)\b[^\d]{0,14}$/i;

/** Each valid NHS number in `text` that is not labelled as something else, with where it stands and whether it is labelled as an NHS number. */
export function nhsMatches(text: string): { digits: string; index: number; labelled: boolean }[] {
  const out = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    if (!isValidNhsNumber(digits)) continue;
    const before = labelBefore(text, m.index ?? 0);
    const labelled = NHS_LABEL.test(before);
    if (labelled || !OTHER_NUMBER.test(before)) out.push({ digits, index: m.index ?? 0, labelled });
  }
  return out;
}

/**
 * Every valid NHS number in `text`, as ten digits, in order of first appearance, without repeats.
 * When some are labelled as NHS numbers, only those count; numbers labelled as something else
 * (a lab reference, an order number) never do, even with a valid check digit.
 */
export function findNhsNumbers(text: string): string[] {
  const all = nhsMatches(text);
  const some = all.some((m) => m.labelled) ? all.filter((m) => m.labelled) : all;
  return [...new Set(some.map((m) => m.digits))];
}

/** "999 787 7896" from "9997877896". */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Masked for display: only the last four digits show ("••• ••• 7896"). */
export function maskNhsNumber(digits: string): string {
  return `\u2022\u2022\u2022 \u2022\u2022\u2022 ${digits.slice(6)}`;
}
