/**
 * GOV.UK Notify's cleaning of a text message, written from its own code (alphagov/notifications-utils:
 * `sanitise_text.py` SanitiseSMS, `formatters.py`, and `template.py` SMSMessageTemplate), in the version
 * whose rules ../shared/CONTENT.md describes: GSM characters and Welsh accented letters are kept, other
 * characters are downgraded where that keeps the meaning, and anything else arrives as "?".
 *
 * Notify builds the message in this order (template.py `_get_unsanitised_content`, then `sms_encode`):
 *   1. spaces or tabs before "," or "." are removed          (remove_whitespace_before_punctuation)
 *   2. each line: non-breaking spaces become spaces, zero-width characters go, runs of whitespace become
 *      one space, leading and trailing whitespace go          (normalise_whitespace_and_newlines)
 *   3. three or more newlines in a row become two            (normalise_multiple_newlines)
 *   4. leading and trailing whitespace of the whole text go  (str.strip)
 *   5. each character: kept if GSM or Welsh; else replaced (curly quotes, dashes, "…", zero-width, tab)
 *      or reduced to its base letter (é → e, ł → l); else "?"  (SanitiseSMS.encode)
 *
 * Python semantics matter here (str.splitlines, str.split, str.isspace, unicodedata.decomposition), so
 * they are reproduced below rather than approximated with JavaScript's \s.
 */

/** GSM 03.38 extension table: each takes two septets. */
export const GSM_EXTENSION = new Set('^{}\\[~]|€');

/** GSM 03.38 basic character set plus the extension table, exactly as Notify lists it. */
export const GSM_CHARACTERS: ReadonlySet<string> = new Set([
  ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?',
  ...'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ...GSM_EXTENSION,
]);

/** Welsh letters with accents (grave, acute, diaeresis, circumflex) that Notify keeps. */
export const WELSH_DIACRITICS: ReadonlySet<string> = new Set([
  ...'àèìòùẁỳÀÈÌÒÙẀỲ',
  ...'áéíóúẃýÁÉÍÓÚẂÝ',
  ...'äëïöüẅÿÄËÏÖÜẄŸ',
  ...'âêîôûŵŷÂÊÎÔÛŴŶ',
]);

/** The Welsh letters GSM lacks: any of these in the message makes Notify send it as UCS-2 (70/67). */
export const WELSH_NON_GSM: ReadonlySet<string> = new Set([...WELSH_DIACRITICS].filter((c) => !GSM_CHARACTERS.has(c)));

/** Characters Notify sends as they are. */
export const NOTIFY_ALLOWED: ReadonlySet<string> = new Set([...GSM_CHARACTERS, ...WELSH_DIACRITICS]);

/** Notify's replacements that keep the meaning (SanitiseText.REPLACEMENT_CHARACTERS). */
export const NOTIFY_REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2026': '...', // horizontal ellipsis
  '\u2018': "'", // left single quotation mark
  '\u2019': "'", // right single quotation mark
  '\u201C': '"', // left double quotation mark
  '\u201D': '"', // right double quotation mark
  '\u180E': '', // Mongolian vowel separator
  '\u200B': '', // zero width space
  '\u200C': '', // zero width non-joiner
  '\u200D': '', // zero width joiner
  '\u2060': '', // word joiner
  '\uFEFF': '', // zero width no-break space
  '\u2028': '', // line separator
  '\u2029': '', // paragraph separator
  '\u00A0': ' ', // no-break space
  '\u202F': ' ', // narrow no-break space
  '\t': ' ', // tab
  '\u0141': 'L', // Ł
  '\u0142': 'l', // ł
};

/** Longest text Notify accepts, in characters (SMS_CHAR_COUNT_LIMIT). */
export const NOTIFY_MAX_CHARACTERS = 918;

/** Python's str.isspace() set. */
const PY_WHITESPACE = new Set(
  '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
);
/** Zero-width characters formatters.normalise_whitespace removes. */
const ZERO_WIDTH = /\u180E|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
/** Python's str.splitlines() boundaries (\r\n counts as one). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly Python's line boundaries
const PY_LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/;

function pySplitWords(s: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const c of s) {
    if (PY_WHITESPACE.has(c)) {
      if (word) words.push(word);
      word = '';
    } else word += c;
  }
  if (word) words.push(word);
  return words;
}

function pyStrip(s: string): string {
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  while (a < b && PY_WHITESPACE.has(cs[a]!)) a++;
  while (b > a && PY_WHITESPACE.has(cs[b - 1]!)) b--;
  return cs.slice(a, b).join('');
}

function pySplitLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split(PY_LINE_BREAK);
  // Python drops the empty string after a final line break.
  if (PY_LINE_BREAK.test(s.slice(-1)) && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Notify's whitespace rules (steps 1 to 4), before any character is replaced. Notify measures its
 * 918-character limit on this text.
 */
export function normaliseForNotify(text: string): string {
  let t = text.replace(/[ \t]+([,.])/g, '$1');
  t = pySplitLines(t)
    .map((line) => pySplitWords(line.replace(/\u00A0/g, ' ').replace(ZERO_WIDTH, '')).join(' '))
    .join('\n');
  t = t.replace(/\n{3,}/g, '\n\n');
  return pyStrip(t);
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/**
 * The first character of a letter's canonical decomposition, as Python's unicodedata.decomposition gives
 * it (one level, not the full NFD): "ǘ" → "ü", "ń" → "n", "Å" (Ångström sign) → "Å". Null when the
 * character has no canonical decomposition (compatibility decompositions such as "…" do not count, and
 * Python gives none for Hangul syllables).
 */
export function firstOfDecomposition(c: string): string | null {
  const cp = c.codePointAt(0)!;
  if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) return null;
  const nfd = c.normalize('NFD');
  if (nfd === c) return null;
  const nfc = c.normalize('NFC');
  // Singletons (and composition exclusions) do not recompose: their target is the NFC form.
  if (nfc !== c) return String.fromCodePoint(nfc.codePointAt(0)!);
  // A two-part decomposition (base + mark): drop the last mark from the full decomposition and recompose.
  const parts = [...nfd];
  return String.fromCodePoint(parts.slice(0, -1).join('').normalize('NFC').codePointAt(0)!);
}

/**
 * What Notify sends for one character: itself, its replacement, its base letter, or "?". Where the base
 * letter is itself not allowed (a letter with two accents, such as "ớ"), it is reduced again.
 */
export function notifyCharacter(c: string): string {
  if (NOTIFY_ALLOWED.has(c)) return c;
  const replacement = NOTIFY_REPLACEMENTS[c];
  if (replacement !== undefined) return replacement;
  let base = firstOfDecomposition(c);
  for (let depth = 0; base !== null && !NOTIFY_ALLOWED.has(base); depth++) {
    base = depth < 4 ? firstOfDecomposition(base) : null;
  }
  return base ?? '?';
}

/** The text as GOV.UK Notify would send it. */
export function cleanForNotify(text: string): string {
  let out = '';
  for (const c of normaliseForNotify(text)) out += notifyCharacter(c);
  return out;
}

/** Characters in `text` that would arrive as "?" through Notify, each once, in order of appearance. */
export function notifyUnsupported(text: string): string[] {
  const seen = new Set<string>();
  for (const c of normaliseForNotify(text)) {
    if (notifyCharacter(c) === '?' && c !== '?') seen.add(c);
  }
  return [...seen];
}

/** Welsh letters in `text` that would make Notify send it as UCS-2, each once, in order. */
export function notifyUcs2Characters(text: string): string[] {
  const seen = new Set<string>();
  for (const c of cleanForNotify(text)) if (WELSH_NON_GSM.has(c)) seen.add(c);
  return [...seen];
}

/** The length Notify checks against its 918-character limit (Python len of the normalised text). */
export function notifyLength(text: string): number {
  return [...normaliseForNotify(text)].length;
}

export function isTooLongForNotify(text: string): boolean {
  return notifyLength(text) > NOTIFY_MAX_CHARACTERS;
}
