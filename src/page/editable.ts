/** Fields that a text message can be typed into. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** True when `el` is a field the user can type a message into right now: connected, enabled, shown. */
export function isEditable(el: Element | null | undefined): el is Editable {
  if (!el || !el.isConnected) return false;
  const tag = el.tagName;
  let ok: boolean;
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    const f = el as HTMLInputElement;
    ok = (tag === 'TEXTAREA' || TEXT_INPUT_TYPES.has((f.getAttribute('type') ?? '').toLowerCase())) && !f.readOnly && !matches(el, ':disabled');
  } else ok = (el as HTMLElement).isContentEditable === true;
  return ok && isShown(el);
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Shown to the user: not hidden, inert or styled away, here or in the frame that holds it. */
export function isShown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.ownerDocument.defaultView?.frameElement ?? null) {
    const v: ((o?: object) => boolean) | undefined = (e as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (e.closest('[hidden],[inert],[aria-hidden="true"]') || (v && !v.call(e, { visibilityProperty: true }))) return false;
  }
  return true;
}

/** The accessible name of a field, for "Inserted into ‘Message’". Never its contents. */
export function fieldLabel(el: Editable): string {
  const doc = el.ownerDocument;
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim().slice(0, 60);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text.slice(0, 60);
  }
  if ('labels' in el && el.labels && el.labels[0]) return (el.labels[0].textContent ?? '').trim().slice(0, 60);
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) return placeholder.trim().slice(0, 60);
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? 'text box' : 'editable area';
}
