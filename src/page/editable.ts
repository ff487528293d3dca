/** Fields that a text message can be typed into. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** True when `el` is a field the user can type a message into right now. */
export function isEditable(el: Element | null | undefined): el is Editable {
  if (!el || !el.isConnected) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA') {
    const t = el as HTMLTextAreaElement;
    return !t.disabled && !t.readOnly;
  }
  if (tag === 'INPUT') {
    const i = el as HTMLInputElement;
    return TEXT_INPUT_TYPES.has((i.getAttribute('type') ?? '').toLowerCase()) && !i.disabled && !i.readOnly;
  }
  return (el as HTMLElement).isContentEditable === true;
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
