/**
 * Reading age of patient-facing words (texts, answers read aloud, posters, benefit lines), so the
 * default pack can be held to a reading age of 11 or below and the template editor can show it as
 * guidance (CONTENT.md: aim for 9 to 11).
 *
 * The measure is the Flesch-Kincaid grade level (US school grade), turned into a UK reading age by
 * adding 5, as the content review did. The formula comes from `flesch-kincaid` and syllables are
 * counted by `syllable`: both are small, dependency-light ESM packages from the unified collective
 * (wooorm), kept up to date with types, unlike the larger ports of Python's textstat, which bring
 * several formulas we do not use. Only the counting of words and sentences is ours, so that links,
 * placeholders and line breaks are handled the way a patient reads them.
 *
 * Formulas like this are rough on texts of one or two sentences; treat a figure as guidance.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The highest reading age for anything a patient reads (the tests hold the default pack to it). */
export const MAX_READING_AGE = 11;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level (0 or more). */
  grade: number;
  /** UK reading age: the grade plus 5, to one decimal place. */
  readingAge: number;
  /** The longest words (three syllables or more), most syllables first: what to look at first. */
  longWords: string[];
}

const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|com|org|net)(?:\/\S*)?/gi;
const PLACEHOLDER = /\(\([^()]*\)\)/g;
const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;

/** Syllables in one word; a number counts as one (it is read as a number, not spelt out). */
function syllablesIn(word: string): number {
  if (/^\d+$/.test(word)) return 1;
  return Math.max(1, syllable(word));
}

/**
 * Words, sentences and syllables of `text`, and its Flesch-Kincaid grade and reading age. A link
 * counts as one short word (a patient does not read it word by word), a ((placeholder)) as a
 * name or a link; each line break ends a sentence, as in a text message laid out in lines.
 */
export function readability(text: string): Readability {
  // A link reads as one word; one at the end of a sentence (before a capital, a line break or the
  // end) ends it, as the full stop a text usually leaves out after a link would.
  const plain = text
    .replace(PLACEHOLDER, (p) => (/_url\b/.test(p) ? 'https://x' : 'Name'))
    .replace(new RegExp(`(?:${LINK.source})(?=[ \\t]+[A-Z]|[ \\t]*(?:\\n|$))`, 'gi'), 'link.')
    .replace(LINK, 'link');
  const sentences = plain.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => /[A-Za-z0-9]/.test(s));
  const words = plain.match(WORD) ?? [];
  let syllables = 0;
  const long: [string, number][] = [];
  for (const w of words) {
    const n = syllablesIn(w);
    syllables += n;
    if (n >= 3 && !long.some(([x]) => x.toLowerCase() === w.toLowerCase())) long.push([w, n]);
  }
  if (!words.length) return { words: 0, sentences: 0, syllables: 0, grade: 0, readingAge: 5, longWords: [] };
  const grade = Math.max(0, fleschKincaid({ sentence: Math.max(1, sentences.length), word: words.length, syllable: syllables }));
  return {
    words: words.length,
    sentences: Math.max(1, sentences.length),
    syllables,
    grade: Math.round(grade * 10) / 10,
    readingAge: Math.round((grade + 5) * 10) / 10,
    longWords: long.sort((a, b) => b[1] - a[1]).map(([w]) => w),
  };
}

/** The reading age of `text` (see readability). */
export function readingAge(text: string): number {
  return readability(text).readingAge;
}
