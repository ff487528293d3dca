/**
 * Measuring wording against its channel's limit (src/catalogue/promotion.ts CHANNELS): words a
 * reader sees, characters, text message characters, seconds read aloud, or characters as X counts
 * them. Pure.
 */
import { CHANNELS, SPEAKING_RATE_WPM, type ChannelId, type ChannelLimit } from '../catalogue/promotion';
import { countSms, type CountingRules } from '../sms/count';

const URL_RE = /\bhttps?:\/\/[^\s<>"]+/gi;

/** The text without its links (a link is not read as words). */
export function withoutLinks(text: string): string {
  return text.replace(URL_RE, ' ');
}

/** Words a reader sees: runs of non-space characters that hold a letter or digit, links left out. */
export function countWords(text: string): number {
  return withoutLinks(text)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Words spoken when the text is read aloud: like countWords, but a number of 3 or more digits is
 * read digit by digit ("999" is "nine nine nine": 3 words; "01632 961234" is 11), and a link,
 * which a script should not hold, is counted as a word for each of its parts.
 */
export function spokenWords(text: string): number {
  let n = 0;
  for (const link of text.match(URL_RE) ?? []) n += link.split(/[/.:#?&=-]+/).filter(Boolean).length;
  for (const token of withoutLinks(text).split(/\s+/)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    const digits = token.replace(/\D/g, '');
    const letters = /\p{L}/u.test(token);
    n += digits.length >= 3 ? digits.length + (letters ? 1 : 0) : 1;
  }
  return n;
}

/** Seconds to read `text` aloud at `wpm` words a minute. */
export function spokenSeconds(text: string, wpm = SPEAKING_RATE_WPM): number {
  return (spokenWords(text) * 60) / wpm;
}

/** X's weighting (twitter-text v3): these code point ranges count 1, everything else 2; a link counts 23. */
const X_LIGHT: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
export const X_LINK_LENGTH = 23;

/** Characters as X counts them for a post. */
export function xCharacters(text: string): number {
  let n = 0;
  const links = text.match(URL_RE) ?? [];
  n += links.length * X_LINK_LENGTH;
  for (const ch of text.replace(URL_RE, '')) {
    const cp = ch.codePointAt(0)!;
    n += X_LIGHT.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
  }
  return n;
}

export interface Measure {
  /** The amount, in the channel's unit (seconds rounded to one decimal place). */
  value: number;
  max: number;
  ok: boolean;
  /** "16 of 20 words", "about 24 seconds (60 words at 150 words a minute), under 30 seconds"... */
  text: string;
  /** For text message footers: false when a character switches the text to Unicode (UCS-2). */
  gsm7?: boolean;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Measure rendered text against a channel's limit. */
export function measure(text: string, limit: ChannelLimit, rules: CountingRules = 'gsm'): Measure {
  switch (limit.unit) {
    case 'words': {
      const value = countWords(text);
      return { value, max: limit.max, ok: value <= limit.max, text: `${plural(value, 'word', 'words')} of ${limit.max} (links not counted)` };
    }
    case 'characters': {
      const value = [...text].length;
      return { value, max: limit.max, ok: value <= limit.max, text: `${plural(value, 'character', 'characters')} of ${limit.max}` };
    }
    case 'x-characters': {
      const value = xCharacters(text);
      return { value, max: limit.max, ok: value <= limit.max, text: `${plural(value, 'character', 'characters')} of ${limit.max}, as X counts them (a link is 23)` };
    }
    case 'gsm-characters': {
      const c = countSms(text, rules);
      const gsm7 = c.encoding === 'gsm7';
      const ok = gsm7 && c.characters <= limit.max;
      const how = rules === 'notify' ? 'GOV.UK Notify rules' : 'standard GSM rules';
      return {
        value: c.characters,
        max: limit.max,
        ok,
        gsm7,
        text: `${plural(c.characters, 'text message character', 'text message characters')} of ${limit.max} (${gsm7 ? 'GSM-7' : 'Unicode, which halves what a part holds'}, counted with ${how})`,
      };
    }
    case 'spoken-seconds': {
      const words = spokenWords(text);
      const seconds = Math.round(((words * 60) / SPEAKING_RATE_WPM) * 10) / 10;
      return {
        value: seconds,
        max: limit.max,
        ok: seconds < limit.max,
        text: `about ${Math.round(seconds)} seconds read aloud (${plural(words, 'word', 'words')} at ${SPEAKING_RATE_WPM} words a minute), limit under ${limit.max} seconds`,
      };
    }
  }
}

/** Measure rendered text against a channel's own limit. */
export function measureFor(channel: ChannelId, text: string, rules: CountingRules = 'gsm'): Measure {
  return measure(text, CHANNELS[channel].limit, rules);
}
