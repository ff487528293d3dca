import type { ServiceId } from '../catalogue/services';

export type Role = 'receptionist' | 'clinician' | 'manager';
export type Setting = 'consultation' | 'phone' | 'front-desk' | 'registration' | 'other';
export type Outcome = 'offered' | 'accepted' | 'declined' | 'already-uses' | 'needs-support' | 'shown';
export type Via = 'template' | 'prompt' | 'qr' | 'print';
export type Channel = 'inserted' | 'copied' | 'shown' | 'spoken' | 'qr' | 'print';

/** One thing offered to a patient. No patient fields and no free text, by design. */
export interface Offer {
  id: string;
  /** Epoch milliseconds when offered. */
  time: number;
  /** Local calendar day "YYYY-MM-DD" at the workstation. */
  day: string;
  service: ServiceId;
  /** Template or prompt id that was used, or '' for none. */
  item: string;
  via: Via;
  channel: Channel;
  role: Role;
  setting: Setting;
  outcome: Outcome;
  workstation: string;
  language: string;
  /** 1 when made in training mode (left out of tallies and exports unless asked for). */
  training: 0 | 1;
  /** Epoch milliseconds of the last change; the newest wins when logs merge. */
  updated: number;
  /** 1 once undone; kept so that undo and merges agree. */
  deleted: 0 | 1;
}

/**
 * Daily count of offers with the same attributes, kept up to date in the same transaction as
 * every write to `offers`, so tallies never have to read the offers themselves.
 */
export interface DailyCount {
  /** All the attributes below joined with "|" (see countKey). */
  key: string;
  day: string;
  service: string;
  item: string;
  channel: Channel;
  role: Role;
  setting: Setting;
  outcome: Outcome;
  workstation: string;
  training: 0 | 1;
  count: number;
}
