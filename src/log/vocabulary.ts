/**
 * The log's vocabulary, defined once: every role, setting, outcome, channel and way of offering an
 * offer can have, with the words staff and managers read for each. Schemas (`v.picklist`), types
 * and labels all come from these lists, so adding a value here is the only change a new outcome
 * needs, and `Record<Outcome, string>` makes TypeScript point at every missing label.
 *
 * Imports nothing: the catalogue, settings, the log and the UI all build on it (design review,
 * problem 3: the outcome list was spelled out seven times).
 */

export const ROLES = ['receptionist', 'clinician', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export const SETTINGS = ['consultation', 'phone', 'front-desk', 'registration', 'other'] as const;
export type Setting = (typeof SETTINGS)[number];

export const OUTCOMES = ['offered', 'accepted', 'declined', 'already-uses', 'needs-support', 'shown'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What was used to make the offer. */
export const VIAS = ['template', 'prompt', 'qr', 'print'] as const;
export type Via = (typeof VIAS)[number];

/** How the offer reached the patient. */
export const CHANNELS = ['inserted', 'copied', 'shown', 'spoken', 'qr', 'print'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The outcomes that follow sending a text, a QR code or a poster (and that most cards offer). */
export const OUTCOMES_AFTER_SENDING = ['offered', 'accepted', 'declined', 'already-uses', 'needs-support'] as const satisfies readonly Outcome[];

/** A role as the dashboard counts it ("Reception"): a category of work. */
export const ROLE_CATEGORY_LABELS: Record<Role, string> = { receptionist: 'Reception', clinician: 'Clinician', manager: 'Manager' };
/** A role as staff choose it in the panel ("Receptionist"): who they are. */
export const ROLE_CHOICE_LABELS: Record<Role, string> = { receptionist: 'Receptionist', clinician: 'Clinician', manager: 'Practice manager' };

/** A setting as the dashboard counts it ("Phone call"). */
export const SETTING_CATEGORY_LABELS: Record<Setting, string> = {
  consultation: 'Consultation',
  phone: 'Phone call',
  'front-desk': 'Front desk',
  registration: 'Registration',
  other: 'Other',
};
/** A setting as staff choose it in the panel ("On the phone"): where they are. */
export const SETTING_CHOICE_LABELS: Record<Setting, string> = {
  consultation: 'In a consultation',
  phone: 'On the phone',
  'front-desk': 'At the front desk',
  registration: 'Registering a patient',
  other: 'Other',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  offered: 'Offered',
  accepted: 'Accepted',
  declined: 'Declined',
  'already-uses': 'Already uses it',
  'needs-support': 'Needs support',
  shown: 'Shown',
};

/** How an offer reached the patient, as the dashboard names it. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  inserted: 'Text inserted',
  copied: 'Text copied',
  shown: 'Shown on screen',
  spoken: 'Said in conversation',
  qr: 'QR code',
  print: 'Poster printed',
};

/** The label for a code read from the log (a stored or imported row may hold a code this version does not know). */
function labelOf<K extends string>(labels: Record<K, string>, code: string): string {
  return Object.prototype.hasOwnProperty.call(labels, code) ? labels[code as K] : code;
}

export const roleCategoryLabel = (code: string): string => labelOf(ROLE_CATEGORY_LABELS, code);
export const settingCategoryLabel = (code: string): string => labelOf(SETTING_CATEGORY_LABELS, code);
export const outcomeLabel = (code: string): string => labelOf(OUTCOME_LABELS, code);
export const channelLabel = (code: string): string => labelOf(CHANNEL_LABELS, code);

/** An outcome as it reads inside a sentence ("recorded as already uses it"). */
export function outcomeInSentence(code: string): string {
  return outcomeLabel(code).toLowerCase();
}

/** The setting a role usually works in (until the user picks another). */
export function settingForRole(role: Role): Setting {
  return role === 'clinician' ? 'consultation' : role === 'receptionist' ? 'phone' : 'other';
}
