/**
 * The patient's name, where the page labels it. Clinical systems usually show the name in a
 * "patient banner" or next to a label such as "Name:" or "Patient:". We only read names that
 * the page marks as the patient's; anything else is not a name we can trust.
 */
import { INLINE_NAME_BLOCKS, LABEL_ELEMENTS, NAME_ELEMENTS, safeQueryAll } from './site-profile';

const LABEL = /^\s*(?:patient(?:'s)?\s+name|patient|name|full\s+name)\s*:?\s*$/i;
const INLINE = /(?:^|\n|\s{2,}|[|•·])\s*(?:patient(?:'s)?\s+name|patient|full\s+name|name)\s*:\s*([^\n|•·]{2,60})/i;
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|master|rev|sir|dame|lady|lord)$/i;
/** Where a displayed name stops: the next label, a date or a number. */
const NAME_END = /\s{2,}|\s+(?:born|dob|d\.o\.b|nhs|gender|sex|age|address|tel|mobile|phone)\b|\d/i;

/** Clean a displayed name: "SMITH, Jane (Mrs)" → "Jane Smith"; "Mrs Jane SMITH" → "Jane Smith". */
export function cleanName(raw: string): string | null {
  let s = raw.replace(/[\u00a0\t]/g, ' ').trim();
  const end = s.search(NAME_END);
  if (end > 0) s = s.slice(0, end);
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim(); // "(Mrs)", "(Female)"
  const comma = s.match(/^([^,]+),\s*(.+)$/);
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

/** Names the page labels as the patient's, cleaned, without repeats. */
export function findPatientNames(doc: Document, selector?: string): string[] {
  const found: string[] = [];
  const add = (raw: string | null | undefined) => {
    const n = raw ? cleanName(raw) : null;
    if (n && !found.includes(n)) found.push(n);
  };
  if (selector) {
    for (const el of safeQueryAll(doc, selector)) add(el.textContent);
    return found;
  }
  // Elements that hold the name itself (data attributes, microdata, class names).
  for (const el of safeQueryAll(doc, NAME_ELEMENTS)) add(el.getAttribute('data-patient-name') || el.textContent);
  // Label/value pairs: <dt>Name</dt><dd>..</dd>, <th>Patient</th><td>..</td>, <label>Name</label><span>..</span>.
  for (const label of safeQueryAll(doc, LABEL_ELEMENTS)) {
    const next = label.nextElementSibling;
    // A header row (<th>Patient</th><th>NHS number</th>) labels columns, not a value beside it.
    if (next && !/^(?:TH|DT|LABEL)$/.test(next.tagName) && LABEL.test(label.textContent ?? '')) add(next.textContent);
  }
  // "Name: Jane Smith" written inline in a banner.
  for (const el of safeQueryAll(doc, INLINE_NAME_BLOCKS)) {
    const m = ((el as HTMLElement).innerText || el.textContent || '').match(INLINE);
    if (m) add(m[1]);
  }
  return found;
}
