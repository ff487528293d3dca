/**
 * Counting a plain text quickly: when every character is in the GSM-7 basic set (one septet each,
 * so no part boundary can split one) the standard count is plain arithmetic. The panel counts
 * every text it lists this way and loads the full counter (src/sms/count.ts, with Twilio's
 * library) only for a text with other characters. tests/unit/sms-count.test.ts checks the two agree.
 */
import { GSM_CHARACTERS, GSM_EXTENSION } from './notify';

export const SINGLE_GSM = 160;
export const PART_GSM = 153;

/** True when every character is in the GSM-7 basic set. */
export function basicGsmOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!GSM_CHARACTERS.has(c) || GSM_EXTENSION.has(c) || c === '\x1b') return false;
  }
  return true;
}

/** The standard (GSM 03.38) count of a plain text, or null when the text needs the full counter. */
export function plainCount(text: string): { encoding: 'gsm7'; characters: number; fragments: number } | null {
  if (!basicGsmOnly(text)) return null;
  const n = text.length;
  return { encoding: 'gsm7', characters: n, fragments: n === 0 ? 0 : n <= SINGLE_GSM ? 1 : Math.ceil(n / PART_GSM) };
}
