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
    ok = (tag === 'TEXTAREA' || TEXT_INPUT_TYPES.has((f.getAttribute('type') ?? '').toLowerCase())) && !f.readOnly && !el.matches(':disabled'); // a disabled fieldset too
  } else ok = (el as HTMLElement).isContentEditable === true;
  return ok && isShown(el);
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
  const by = el.getAttribute('aria-labelledby');
  const name =
    el.getAttribute('aria-label') ||
    (by && by.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ')) ||
    ('labels' in el && el.labels?.[0]?.textContent) ||
    el.getAttribute('placeholder') ||
    '';
  return name.trim().slice(0, 60) || (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? 'text box' : 'editable area');
}
