/**
 * The patient's name, where the page labels it. Clinical systems usually show the name in a
 * "patient banner" or next to a label such as "Name:" or "Patient:". We only read names that
 * the page marks as the patient's; anything else is not a name we can trust.
 */

const LABEL = /^\s*(?:patient(?:'s)?\s+name|patient|name|full\s+name)\s*:?\s*$/i;
const INLINE = /(?:^|\n)\s*(?:patient(?:'s)?\s+name|patient|full\s+name|name)\s*:\s*([^\n]{2,60})/i;

/** Clean a displayed name: "SMITH, Jane (Mrs)" → "Jane Smith"; "Mrs Jane SMITH" → "Jane Smith". */
export function cleanName(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/\((?:mr|mrs|ms|miss|mx|dr|prof)\.?\)/gi, '').trim();
  s = s.replace(/^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+/i, '');
  const comma = s.match(/^([^,]+),\s*(.+)$/);
  if (comma) s = `${comma[2]} ${comma[1]}`;
  s = s.replace(/\s+/g, ' ').trim();
  if (!/^[\p{L}][\p{L}' .-]{0,58}$/u.test(s)) return null;
  return s
    .split(' ')
    .map((w) => (w === w.toUpperCase() || w === w.toLowerCase() ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
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
  // Microdata or data attributes some systems use.
  for (const el of safeQueryAll(doc, '[itemprop="name"][itemscope] , [data-patient-name], [itemtype$="Patient"] [itemprop="name"]')) {
    add(el.getAttribute('data-patient-name') || el.textContent);
  }
  // Label/value pairs: <dt>Name</dt><dd>..</dd>, <th>Patient</th><td>..</td>, <label>Name</label><span>..</span>.
  for (const label of safeQueryAll(doc, 'dt, th, label, .label, [class*="label"]')) {
    if (!LABEL.test(label.textContent ?? '')) continue;
    const value = label.nextElementSibling;
    if (value) add(value.textContent);
  }
  // "Name: Jane Smith" written inline in a banner.
  for (const el of safeQueryAll(doc, '[role="banner"], header, [class*="banner"], [class*="patient"], [id*="patient"]')) {
    const m = (el as HTMLElement).innerText?.match?.(INLINE) ?? (el.textContent ?? '').match(INLINE);
    if (m) add(m[1]);
  }
  return found;
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return []; // a bad selector in a site profile must not break reading
  }
}
