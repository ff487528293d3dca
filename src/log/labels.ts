/** Words for the log's codes, as a practice manager reads them. */
import { serviceName } from '../catalogue/services';
import { DEFAULT_TEMPLATES } from '../catalogue/templates';

export const ROLE_LABELS: Record<string, string> = { receptionist: 'Reception', clinician: 'Clinician', manager: 'Manager' };
export const SETTING_LABELS: Record<string, string> = {
  consultation: 'Consultation',
  phone: 'Phone call',
  'front-desk': 'Front desk',
  registration: 'Registration',
  other: 'Other',
};
export const OUTCOME_LABELS: Record<string, string> = {
  offered: 'Offered',
  accepted: 'Accepted',
  declined: 'Declined',
  'already-uses': 'Already uses it',
  'needs-support': 'Needs support',
  shown: 'Shown',
};
export const CHANNEL_LABELS: Record<string, string> = { inserted: 'Inserted', copied: 'Copied', shown: 'Shown', spoken: 'Spoken', qr: 'QR code', print: 'Printed' };

const own = (m: Record<string, string>, k: string) => (Object.prototype.hasOwnProperty.call(m, k) ? m[k]! : k);

export const serviceLabel = serviceName;
export const roleLabel = (k: string) => own(ROLE_LABELS, k);
export const settingLabel = (k: string) => own(SETTING_LABELS, k);
export const outcomeLabel = (k: string) => own(OUTCOME_LABELS, k);
export const channelLabel = (k: string) => own(CHANNEL_LABELS, k);

const TITLES = new Map(DEFAULT_TEMPLATES.map((t) => [t.id, t.title]));
export const itemLabel = (id: string) => TITLES.get(id) ?? id;

/** A workstation as staff see it: its name if known, else the start of its id. */
export function workstationLabel(id: string, names: ReadonlyMap<string, string> = new Map(), own?: string): string {
  const name = names.get(id);
  const short = id.slice(0, 8);
  if (id === own) return name ? `${name} (this computer)` : `This computer (${short})`;
  return name ?? `Workstation ${short}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Nov 2025" for a month, "w/c 3 Nov 2025" for a week. */
export function periodLabel(period: string): string {
  const [y, m, d] = period.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `w/c ${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A practice as a manager reads it: "Riverside Surgery (A81001)", its code alone, or "Not recorded". */
export function practiceLabel(code: string, names: ReadonlyMap<string, string> = new Map()): string {
  if (!code) return 'Not recorded';
  const name = names.get(code);
  return name ? `${name} (${code})` : code;
}
