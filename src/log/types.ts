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
  /**
   * The practice's ODS code (such as A81001) set on the workstation when the offer was made.
   * Absent on offers recorded before Nudge recorded practices, and while no code is set: shown as
   * "not recorded", never guessed.
   */
  practice?: string;
}

/** Which kind of period a count row covers. */
export type PeriodKind = 'd' | 'w' | 'm';

/**
 * The same periods for a practice's rows that add up all its workstations (version 3): 'D', 'W',
 * 'M'. Their workstation is '*'. Views of all workstations read these alone, so a network of 50
 * workstations reads 50 times fewer rows.
 */
export type AllKind = 'D' | 'W' | 'M';

/**
 * Counts of live offers for one period (a day, a week starting Monday, or a calendar month), one
 * workstation and training or not. Kept up to date in the same transaction as every write to
 * `offers`, so tallies read a few hundred rows instead of a million offers.
 */
export interface CountRow {
  /** `${kind}|${period}|${workstation}|${training}|${practice}` (see countRowKey). */
  key: string;
  kind: PeriodKind | AllKind;
  /** "YYYY-MM-DD" for a day, the Monday "YYYY-MM-DD" for a week, "YYYY-MM" for a month. */
  period: string;
  workstation: string;
  training: 0 | 1;
  /** The offers' practice (ODS code), '' when not recorded (version 3 and later). */
  practice: string;
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

/**
 * A campaign a practice manager names (services, dates, a note), so the dashboard can compare the
 * period before, during and after it. Travels in backup files and merges like offers: the newest
 * edit wins, and a deletion is an edit (kept as `deleted: 1`).
 */
export interface Campaign {
  id: string;
  name: string;
  /** The services it promotes; empty for every service. */
  services: ServiceId[];
  /** First and last day ("YYYY-MM-DD"), inclusive. */
  start: string;
  end: string;
  /** The manager's note about it (never about a patient). */
  note: string;
  /** The practice (ODS code) that runs it, or '' for every practice in the log. */
  practice: string;
  /** Epoch milliseconds of the last change; the newest wins when logs merge. */
  updated: number;
  /** 1 once deleted; kept so that a deletion reaches every copy of the log. */
  deleted: 0 | 1;
}

/**
 * What the log knows about a workstation from the backup files it has read: its name and practice
 * (from the newest file) and the newest day it was seen (a file's date or an offer's day).
 */
export interface WorkstationRecord {
  /** The workstation's random id. */
  id: string;
  /** The name staff gave it ('' when not known). */
  name: string;
  /** Its practice's ODS code ('' when not known) and name. */
  practice: string;
  practiceName: string;
  /** The newest day ("YYYY-MM-DD") it was seen: a backup file it saved, or an offer it made. */
  lastSeen: string;
  /** When its newest backup file was saved (epoch milliseconds), 0 when none was read. */
  lastFile: number;
}

/**
 * A backup file a folder merge has merged in full, known by its path, size and time: a folder
 * merged again skips it (merging it again would change nothing).
 */
export interface MergedFile {
  /** `${path}|${size}|${lastModified}` */
  key: string;
  workstation: string;
  /** The day ("YYYY-MM-DD") the file was saved, by its `exported` time. */
  day: string;
  /** The newest day among its offers ('' when it had none). */
  newestDay: string;
  merged: number;
}
