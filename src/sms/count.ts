/**
 * Counting text message parts. PUBLIC CONTRACT: outside checks call `countSms` by this path, name and shape.
 *
 * `characters` is, for GSM-7, the septets used (the extension characters ^ { } \ [ ~ ] | € take two) and,
 * for UCS-2, the UTF-16 code units (an emoji takes two).
 *
 * 'gsm': standard GSM 03.38 through Twilio's sms-segments-calculator (smart encoding off, so nothing is
 *   substituted): one message holds 160 septets or 70 UCS-2 units; a split message holds 153 or 67 per
 *   part, because each part carries a 6-byte header. The library never splits a character across parts:
 *   an extension character that would straddle a boundary, or an emoji (a surrogate pair, or a longer
 *   grapheme such as a flag), moves whole to the next part. So a part can hold fewer than 153 or 67.
 *   Any character outside the GSM alphabet, including a letter followed by a combining accent, switches
 *   the whole message to UCS-2.
 *
 * 'notify': GOV.UK Notify. The text is cleaned exactly as Notify cleans it (src/sms/notify.ts), then counted
 *   with Notify's arithmetic: UCS-2 only when a Welsh letter GSM lacks is present (anything else unsupported
 *   arrives as "?"), and parts are ceil(characters / 153) or ceil(characters / 67) above 160 or 70, with no
 *   boundary rule. Two quirks of Notify's own counter are deliberately not copied, because they disagree
 *   with what it sends: it measures before replacing "…" with "..." (counting one, sending three), and it
 *   adds one for each extension character even in a UCS-2 message. We count what is sent.
 *
 * Empty text: no message is sent, so 0 characters and 0 parts under both rules. (The Twilio library
 * reports one empty segment, and Notify's formula gives 1 but Notify refuses to send an empty message.)
 * Under 'notify', text that cleans to nothing (only spaces, say) is empty too.
 */
import { SegmentedMessage } from 'sms-segments-calculator';
import { GSM_EXTENSION, WELSH_NON_GSM, cleanForNotify } from './notify';
import { PART_GSM, SINGLE_GSM, plainCount } from './plain';

export type CountingRules = 'gsm' | 'notify';

export interface SmsCount {
  encoding: 'gsm7' | 'ucs2';
  characters: number;
  fragments: number;
}

export { SINGLE_GSM, PART_GSM };
export const SINGLE_UCS2 = 70;
export const PART_UCS2 = 67;

/** Standard GSM 03.38 counting (exported for the test that checks the fast path against the library). */
export function countGsmWithLibrary(text: string): SmsCount {
  if (text === '') return { encoding: 'gsm7', characters: 0, fragments: 0 };
  return libraryCount(text);
}

function countGsm(text: string): SmsCount {
  if (text === '') return { encoding: 'gsm7', characters: 0, fragments: 0 };
  // Fast path for the usual text (the panel counts every text it shows): the library's result is
  // then plain arithmetic (src/sms/plain.ts). tests/unit/sms-count.test.ts checks the two agree.
  return plainCount(text) ?? libraryCount(text);
}

function libraryCount(text: string): SmsCount {
  const m = new SegmentedMessage(text, 'auto', false);
  const ucs2 = m.encodingName === 'UCS-2';
  return {
    encoding: ucs2 ? 'ucs2' : 'gsm7',
    // The library counts graphemes for UCS-2; the contract wants UTF-16 units.
    characters: ucs2 ? text.length : m.numberOfCharacters,
    fragments: m.segmentsCount,
  };
}

function countNotify(text: string): SmsCount {
  const sent = cleanForNotify(text);
  if (sent === '') return { encoding: 'gsm7', characters: 0, fragments: 0 };
  let ucs2 = false;
  let extension = 0;
  for (const c of sent) {
    if (WELSH_NON_GSM.has(c)) ucs2 = true;
    if (GSM_EXTENSION.has(c)) extension++;
  }
  if (ucs2) {
    const characters = sent.length; // every character left is in the BMP: one UTF-16 unit each
    return { encoding: 'ucs2', characters, fragments: characters <= SINGLE_UCS2 ? 1 : Math.ceil(characters / PART_UCS2) };
  }
  const characters = [...sent].length + extension;
  return { encoding: 'gsm7', characters, fragments: characters <= SINGLE_GSM ? 1 : Math.ceil(characters / PART_GSM) };
}

export function countSms(text: string, rules: 'gsm' | 'notify' = 'gsm'): { encoding: 'gsm7' | 'ucs2'; characters: number; fragments: number } {
  return rules === 'notify' ? countNotify(text) : countGsm(text);
}
