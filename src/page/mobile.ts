/**
 * UK mobile numbers: 07xxx xxxxxx, +44 7xxx xxxxxx or 0044 7xxx xxxxxx, with or without spaces,
 * normalised to the national form "07xxxxxxxxx". Landlines (01, 02, 03...) are not mobiles.
 */

import { labelBefore } from './nhs-number';

const CANDIDATE = /(?<![\d+])(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|0044[ \u00a0]?|0)7(?:[ \u00a0-]?\d){9}(?![\d])/g;

/** Normalise a matched mobile to "07" + nine digits, or null when it is not a UK mobile. */
export function normaliseMobile(raw: string): string | null {
  let digits = raw.replace(/\(0\)/, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  return /^07\d{9}$/.test(digits) ? digits : null;
}

/** Labels of numbers that are not the patient's mobile: the surgery's own, fax, references. */
const NOT_PATIENT = /\b(?:fax|ref|reference|order|lab|surgery|practice|reception|us on)\b[^\d]{0,14}$/i;

/**
 * Every UK mobile number in `text`, normalised, in order, without repeats.
 * `ignore` lists numbers never to report (the surgery's own numbers), in any format; numbers
 * labelled as the surgery's, a fax or a reference are skipped too.
 */
export function findMobiles(text: string, ignore: readonly string[] = []): string[] {
  const skip = new Set(ignore.map((n) => normaliseMobile(n)).filter((n): n is string => n !== null));
  const found: string[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const n = normaliseMobile(m[0]);
    if (!n || skip.has(n) || found.includes(n)) continue;
    if (NOT_PATIENT.test(labelBefore(text, m.index ?? 0))) continue;
    found.push(n);
  }
  return found;
}

/** The last three digits, for the context chip ("mobile ending 123"). */
export function mobileEnding(mobile: string): string {
  return mobile.slice(-3);
}
