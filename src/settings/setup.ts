/**
 * Is the practice set up? A text may reach a patient only when every practice detail it uses is
 * the practice's own: not empty, not the fictional training surgery, not on a reserved domain that
 * can never open (.example, .test, .invalid, example.com), and not a phone number from Ofcom's
 * ranges kept for drama. Issue 11, content review finding 1 (a fresh install texted patients as
 * "Riverside Surgery" with dead links). Training mode may use the example surgery, marked as such.
 */
import { PLACEHOLDERS, type PlaceholderName } from '../templates/render';
import { EXAMPLE_PRACTICE, OWN_PRACTICE_FIELDS, type OwnPracticeField, type PracticeSettings } from './practice';

export type PracticeField = keyof PracticeSettings;

const RESERVED_HOST = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|net|org)$/i;

/** Ofcom's numbers for TV, radio and film (never anyone's real number), as national digits. */
const DRAMA_NUMBERS = [
  /^01632960\d{3}$/,
  /^0113496\d{4}$/, /^0114496\d{4}$/, /^0115496\d{4}$/, /^0116496\d{4}$/, /^0117496\d{4}$/, /^0118496\d{4}$/,
  /^0121496\d{4}$/, /^0131496\d{4}$/, /^0141496\d{4}$/, /^0151496\d{4}$/, /^0161496\d{4}$/, /^0191498\d{4}$/,
  /^0207946\d{4}$/, /^0289649[6]\d{3}$/, /^0292018\d{4}$/, /^07700900\d{3}$/, /^08081570\d{3}$/, /^0909879\d{4}$/,
  /^03069990\d{3}$/,
];

/** True when a link can never reach a real page: a reserved or example domain. */
export function isExampleLink(url: string): boolean {
  try {
    return RESERVED_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** True for a phone number from Ofcom's drama ranges (such as 01632 960123). */
export function isDramaNumber(phone: string): boolean {
  let digits = phone.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  return DRAMA_NUMBERS.some((r) => r.test(digits));
}

/** Why a practice detail cannot go to a patient yet, or null when it can. */
export function problemWith(field: PracticeField, value: unknown): 'not-set' | 'example' | null {
  const s = typeof value === 'string' ? value.trim() : String(value ?? '');
  if (!s) return 'not-set';
  if (field === 'surgeryPhone') return isDramaNumber(s) ? 'example' : null;
  if (field.endsWith('Url')) return isExampleLink(s) ? 'example' : null;
  if ((OWN_PRACTICE_FIELDS as readonly string[]).includes(field) && s === EXAMPLE_PRACTICE[field as OwnPracticeField]) return 'example';
  return null;
}

/** The practice details (setting names) a template body uses, in the order it uses them. */
export function practiceFieldsUsed(body: string): PracticeField[] {
  const out: PracticeField[] = [];
  for (const m of body.matchAll(/\(\(([^()|]*?)(?:\|[^()]*)?\)\)/g)) {
    const name = (m[1] ?? '').trim().toLowerCase();
    const def = Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name) ? PLACEHOLDERS[name as PlaceholderName] : null;
    const field = def?.setting as PracticeField | null | undefined;
    if (field && !out.includes(field)) out.push(field);
  }
  return out;
}

/**
 * The details a text needs that are not the practice's own yet: while this is not empty the text
 * must not be inserted, copied, shown as a QR code or printed (except in training mode).
 */
export function detailsBlocking(body: string, practice: PracticeSettings): PracticeField[] {
  return practiceFieldsUsed(body).filter((f) => problemWith(f, practice[f]) !== null);
}

/** Every practice detail not set up yet (for the panel's first screen and the set-up page). */
export function detailsNotSetUp(practice: PracticeSettings): PracticeField[] {
  const fields = Object.keys(practice) as PracticeField[];
  return fields.filter((f) => typeof practice[f] === 'string' && problemWith(f, practice[f]) !== null);
}

/**
 * The values for training mode: the practice's own where set, the example surgery's elsewhere (the
 * panel marks texts rendered this way as training only).
 */
export function withExampleGaps(practice: PracticeSettings): PracticeSettings {
  const out = { ...practice } as Record<string, unknown>;
  for (const f of detailsNotSetUp(practice)) out[f] = EXAMPLE_PRACTICE[f];
  return out as unknown as PracticeSettings;
}
