/**
 * What staff need to know about a text before sending it: its count, warnings (too many parts,
 * characters that switch it to UCS-2, characters that would arrive as "?"), and one-click fixes that
 * cannot change its meaning. Pure: no DOM, no settings access.
 */
import { SegmentedMessage } from 'sms-segments-calculator';
import { countSms, type CountingRules, type SmsCount } from './count';
import { isTooLongForNotify, notifyLength, notifyUcs2Characters, notifyUnsupported, NOTIFY_MAX_CHARACTERS, GSM_CHARACTERS } from './notify';

export type { CountingRules } from './count';

export type WarningId = 'over-part-limit' | 'ucs2' | 'arrives-as-question-mark' | 'too-long-for-notify';

export interface NamedCharacter {
  /** The character itself (may be invisible, so never show it alone). */
  char: string;
  /** How to show it: the character and a name, or a name alone for invisible ones. */
  label: string;
}

export interface MessageWarning {
  id: WarningId;
  message: string;
  characters?: NamedCharacter[];
}

export interface SafeFix {
  id: 'straight-quotes' | 'plain-dashes' | 'ellipsis' | 'plain-spaces' | 'remove-invisible';
  label: string;
  apply(text: string): string;
}

export interface MessageAnalysis extends SmsCount {
  rules: CountingRules;
  partLimit: number;
  warnings: MessageWarning[];
  /** Fixes that would change this text; each keeps its meaning. */
  fixes: SafeFix[];
}

export const RULES_LABEL: Record<CountingRules, string> = {
  gsm: 'GSM (standard)',
  notify: 'GOV.UK Notify',
};

/** Safe fixes, in the order they are offered. Each only swaps characters for plain equivalents. */
export const SAFE_FIXES: readonly SafeFix[] = [
  {
    id: 'straight-quotes',
    label: 'Replace curly quotes with straight ones',
    apply: (t) => t.replace(/[\u2018\u2019\u201A\u201B]/g, "'").replace(/[\u201C\u201D\u201E\u201F]/g, '"'),
  },
  {
    id: 'plain-dashes',
    label: 'Replace long dashes with hyphens',
    apply: (t) => t.replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'),
  },
  {
    id: 'ellipsis',
    label: 'Replace the ellipsis character with three full stops',
    apply: (t) => t.replace(/\u2026/g, '...'),
  },
  {
    id: 'plain-spaces',
    label: 'Replace special spaces and tabs with ordinary spaces',
    apply: (t) => t.replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' '),
  },
  {
    // Not the zero-width joiner: it holds some emoji together.
    id: 'remove-invisible',
    label: 'Remove invisible characters',
    apply: (t) => t.replace(/[\u180E\u200B\u200C\u2060\uFEFF]/g, ''),
  },
];

const NAMES: Record<string, string> = {
  '\u2018': 'curly opening quote',
  '\u2019': 'curly apostrophe',
  '\u201A': 'low curly quote',
  '\u201C': 'curly opening double quote',
  '\u201D': 'curly closing double quote',
  '\u201E': 'low curly double quote',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2011': 'non-breaking hyphen',
  '\u2212': 'minus sign',
  '\u2026': 'ellipsis',
  '\u2022': 'bullet',
  '`': 'backtick',
  '\u00A0': 'non-breaking space',
  '\u202F': 'narrow non-breaking space',
  '\t': 'tab',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space',
  '\u180E': 'Mongolian vowel separator',
};

const INVISIBLE = /^[\s\u180E\u200B-\u200D\u2060\uFEFF]+$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function codePoints(c: string): string {
  return [...c].map((p) => `U+${p.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** A character named for staff: "’ (curly apostrophe)", "non-breaking space", "😀 (emoji)". */
export function nameCharacter(c: string): NamedCharacter {
  const name = NAMES[c];
  if (INVISIBLE.test(c)) return { char: c, label: name ?? `invisible character ${codePoints(c)}` };
  if (name) return { char: c, label: `${c} (${name})` };
  if (PICTOGRAPHIC.test(c)) return { char: c, label: `${c} (emoji)` };
  return { char: c, label: `${c} (${codePoints(c)})` };
}

function list(chars: NamedCharacter[]): string {
  return chars.map((c) => c.label).join(', ');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Characters (graphemes) outside the GSM alphabet under standard rules, each once, in order. */
export function gsmUcs2Characters(text: string): string[] {
  if (text === '') return [];
  // Plain texts (nearly all) need no grapheme-by-grapheme look: every character is in the alphabet.
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) plain = GSM_CHARACTERS.has(text[i]!);
  if (plain) return [];
  return [...new Set(new SegmentedMessage(text, 'auto', false).getNonGsmCharacters())];
}

export function analyseMessage(text: string, options: { rules: CountingRules; partLimit: number }): MessageAnalysis {
  const { rules, partLimit } = options;
  const count = countSms(text, rules);
  const warnings: MessageWarning[] = [];

  if (count.fragments > partLimit) {
    warnings.push({
      id: 'over-part-limit',
      message: `This text is ${plural(count.fragments, 'part', 'parts')}. Your surgery’s limit is ${plural(partLimit, 'part', 'parts')}, and each part is charged.`,
    });
  }

  if (rules === 'gsm') {
    const ucs2 = gsmUcs2Characters(text).map(nameCharacter);
    if (ucs2.length) {
      warnings.push({
        id: 'ucs2',
        message: `These characters are not in the standard text message alphabet, so the whole text uses Unicode and each part holds 70 characters instead of 160: ${list(ucs2)}.`,
        characters: ucs2,
      });
    }
  } else {
    const unsupported = notifyUnsupported(text).map(nameCharacter);
    if (unsupported.length) {
      warnings.push({
        id: 'arrives-as-question-mark',
        message: `GOV.UK Notify cannot send these characters; each would arrive as "?": ${list(unsupported)}.`,
        characters: unsupported,
      });
    }
    const welsh = notifyUcs2Characters(text).map(nameCharacter);
    if (welsh.length) {
      warnings.push({
        id: 'ucs2',
        message: `These Welsh letters make GOV.UK Notify send the text in Unicode, so each part holds 70 characters instead of 160: ${welsh.map((c) => c.char).join(' ')}.`,
        characters: welsh,
      });
    }
    if (isTooLongForNotify(text)) {
      warnings.push({
        id: 'too-long-for-notify',
        message: `GOV.UK Notify will not send a text longer than ${NOTIFY_MAX_CHARACTERS} characters. This one has ${notifyLength(text)}.`,
      });
    }
  }

  const fixes = SAFE_FIXES.filter((f) => f.apply(text) !== text);
  return { ...count, rules, partLimit, warnings, fixes };
}

/** "146 characters · 1 text message part · GSM (standard)" */
export function summarise(a: Pick<MessageAnalysis, 'characters' | 'fragments' | 'rules'>): string {
  return [
    plural(a.characters, 'character', 'characters'),
    plural(a.fragments, 'text message part', 'text message parts'),
    RULES_LABEL[a.rules],
  ].join(' · ');
}
