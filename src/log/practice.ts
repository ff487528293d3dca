/**
 * The practice an offer was made for, as its ODS code (the NHS Organisation Data Service code).
 *
 * Only the shape of a GP practice code is accepted: one letter and five digits, such as A81001
 * (English practices, including the Y-codes of newer contracts, and Welsh W-codes, all have this
 * shape). Other ODS shapes are refused on purpose: a 3-character code is a commissioner (an ICB
 * sub-location), "U" plus five digits is a primary care network, 8 or more characters are sites
 * and branches. None of them is a practice, and a network merges *practices'* logs, so taking one
 * here would put offers under something that is not a practice.
 */

/** A GP practice's ODS code: one capital letter, then five digits. */
export const ODS_PRACTICE_CODE = /^[A-Z][0-9]{5}$/;

/** The code as typed (spaces around it dropped, letters in capitals). */
export function normaliseOdsCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** True when `code` (already normalised) has the shape of a GP practice's ODS code. */
export function isOdsPracticeCode(code: string): boolean {
  return ODS_PRACTICE_CODE.test(code) && !/^U/.test(code);
}

/**
 * The filter value for offers that carry no practice (recorded before Nudge recorded practices,
 * or before the practice's code was set). Never a valid ODS code, so it cannot collide with one.
 */
export const PRACTICE_NOT_RECORDED = 'none';

/** The practice stored with an offer or count row: its ODS code, or '' when not recorded. */
export function practiceOf(o: { practice?: string }): string {
  return typeof o.practice === 'string' ? o.practice : '';
}
