/**
 * The patient's name, read only from the patient's own banner (see context.ts): beside a label such
 * as "Name" or "Patient", or, in a banner that also holds a valid NHS number, written unlabelled the
 * way clinical systems show it ("O'SULLIVAN-BRENNAN, Aoife (Miss)", "Mr Rhys PRICE-DAVIES", or
 * "Aoife Brennan" leading the banner). Every expression here is linear: inputs are capped and no
 * pattern can backtrack over a long run of spaces or line breaks.
 */
const TITLE = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Master|Rev|Sir|Dame|Lady|Lord';
const TITLES = new RegExp(`^(?:${TITLE})$`, 'i');
const LABELS = "^(?:patient(?:'s)? name|patient|full name|name) ?:";
/** A label that stands alone before its value ("Name", "Patient name:"). */
const LABEL = new RegExp(`${LABELS}?$`, 'i');
/** A label and its value in one piece of text ("Name: SMITH, Jane"). */
const INLINE = new RegExp(`${LABELS} ?(.{2,80})`, 'i');
/** Where a displayed name stops: the next label, a date or a number. */
const NAME_END = /\s{2,}|\s+(?:born|dob|d\.o\.b|nhs|gender|sex|age|address|tel|mobile|phone)\b|\d/i;
// Unlabelled names, whole pieces of text only. Words are runs of letters joined by ' or -, so no
// two parts of a pattern can match the same characters (no backtracking).
const UP = "\\p{Lu}+(?:['’-]\\p{Lu}+)*";
const WORD = "\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*";
const UNLABELLED = [
  new RegExp(`^${UP}(?: ${UP})*, ${WORD}(?: ${WORD})*(?: \\((?:${TITLE})\\))?$`, 'u'), // SURNAME, Forename (Title)
  new RegExp(`^(?:${TITLE})\\.? ${WORD}(?: ${WORD})* ${UP}$`, 'u'), // Title Forename SURNAME
  new RegExp(`^${WORD} ${WORD}$`, 'u'), // Forename Surname
];

/** Whitespace made single spaces, trimmed and capped: every reader's input. */
export const norm = (s: string, max = 200) => s.slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);

/** Clean a displayed name: "SMITH, Jane (Mrs)" → "Jane Smith"; "Mrs Jane SMITH" → "Jane Smith". */
export function cleanName(raw: string): string | null {
  // Capped first: a name is short, and no expression below then meets a long input.
  let s = raw.slice(0, 200).replace(/[\u00a0\t]/g, ' ').trim();
  const end = s.search(NAME_END);
  if (end > 0) s = s.slice(0, end);
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim(); // "(Mrs)", "(Female)"
  const comma = /^([^,]+),\s*(.+)$/.exec(s);
  if (comma) s = `${comma[2]} ${comma[1]}`;
  // Titles go wherever they stand ("Mrs Jane Smith", "Smith, Jane Mrs").
  s = s
    .split(/[\s,;:]+/)
    .filter((w) => w && !TITLES.test(w.replace(/\.$/, '')))
    .join(' ');
  if (!/^[\p{L}][\p{L}' .-]{0,58}$/u.test(s) || !/\p{L}{2}/u.test(s)) return null;
  return s
    .split(' ')
    .map((w) => (w === w.toUpperCase() || w === w.toLowerCase() ? titleCase(w) : w))
    .join(' ');
}

/** "O'BRIEN" → "O'Brien", "SMITH-JONES" → "Smith-Jones". */
function titleCase(w: string): string {
  return w.toLowerCase().replace(/(^|['-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** The first word of a cleaned name. */
export function firstNameOf(name: string): string {
  return name.split(' ')[0] ?? name;
}

/**
 * Names in a banner's pieces of text (in reading order, other people's sections already left out):
 * labelled names first; else the unlabelled name that leads the banner, if it has a name's shape.
 */
export function namesIn(texts: readonly string[]): string[] {
  const found: string[] = [];
  const add = (raw: string | undefined) => {
    const n = raw ? cleanName(raw) : null;
    if (n && !found.includes(n)) found.push(n);
  };
  texts.forEach((raw, i) => {
    const t = norm(raw);
    if (LABEL.test(t)) add(texts[i + 1]);
    else for (const part of t.split(/ ?[|•·] ?/)) add(INLINE.exec(part)?.[1]);
  });
  if (found.length) return found;
  // Unlabelled: only the very first piece of text of the banner, where systems put the name.
  const t = norm(texts[0] ?? '', 80);
  if (UNLABELLED.some((p) => p.test(t))) add(t);
  return found;
}
