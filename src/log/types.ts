import type { ServiceId } from '../catalogue/services';

import type { Channel, Outcome, Role, Setting, Via } from './vocabulary';

// The vocabulary is defined once, in vocabulary.ts; these names stay for the modules that import them from here.
export type { Channel, Outcome, Role, Setting, Via };

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

/** Which kind of period a count row covers. */
export type PeriodKind = 'd' | 'w' | 'm';

/**
 * Counts of live offers for one period (a day, a week starting Monday, or a calendar month), one
 * workstation and training or not. Kept up to date in the same transaction as every write to
 * `offers`, so tallies read a few hundred rows instead of a million offers.
 */
export interface CountRow {
  /** `${kind}|${period}|${workstation}|${training}` (see countRowKey). */
  key: string;
  kind: PeriodKind;
  /** "YYYY-MM-DD" for a day, the Monday "YYYY-MM-DD" for a week, "YYYY-MM" for a month. */
  period: string;
  workstation: string;
  training: 0 | 1;
  total: number;
  /** Counts by `service|role|setting|outcome` (see cellKey). */
  cells: Map<string, number>;
  /** Counts by template or prompt id ('' for none). */
  items: Map<string, number>;
  /** Counts by channel. */
  channels: Map<string, number>;
}

/** The version 1 daily count (kept only so that upgrades can be tested). */
export interface DailyCount {
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
