/**
 * Automatic backups, the part that needs no browser: the file's name, which offers go in it and
 * what to remember afterwards. src/ext/auto-backup.ts saves it through the browser's downloads.
 *
 * Each workstation saves one file a day into "Nudge backups/" in the downloads folder, named for
 * the workstation and the day: `reception-desk-1-3f2a9c1b-2026-12-01.json`. A day's file holds the
 * offers this workstation recorded or changed since its previous day's file (the first file holds
 * them all), so a folder of every day's files holds the whole log once, and "Merge a folder" reads
 * each offer about once. Saving the same day again rewrites that day's file with everything since
 * the same starting point, so nothing is ever left out. A file with no offers is still saved: it
 * shows the workstation is working. Backup files hold no patient data (see exchange.ts).
 */
import type { Checklists } from '../checklist/model';
import type { LogDatabase } from './db';
import { backupChunks } from './export';
import type { Offer } from './types';
import { NO_AUTO_BACKUP, type AutoBackupState } from './auto-backup-state';

/** The folder under the browser's downloads folder. */
export const BACKUP_FOLDER = 'Nudge backups';

/**
 * How far back each file reaches before the previous file was made. An offer whose write began
 * just before the previous file was read, and finished just after, still goes in a file; offers in
 * two files merge once.
 */
export const OVERLAP_MS = 10 * 60_000;

export { NO_AUTO_BACKUP, type AutoBackupState };

/** A file-name part from a workstation's name: lower case, letters and digits joined by hyphens. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** The workstation part of a file name: its name (when it has one) and the start of its id. */
export function workstationPart(name: string, id: string): string {
  const short = id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toLowerCase() || 'workstation';
  const s = slug(name);
  return s ? `${s}-${short}` : short;
}

/** "Nudge backups/<workstation>-<YYYY-MM-DD>.json", relative to the downloads folder. */
export function backupFileName(name: string, id: string, day: string): string {
  return `${BACKUP_FOLDER}/${workstationPart(name, id)}-${day}.json`;
}

/** The workstation part and the day of a backup file's name (any folder before it), or null. */
export function parseBackupFileName(path: string): { workstation: string; day: string } | null {
  const m = /(?:^|[\\/])([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4}-\d{2}-\d{2})(?: \(\d+\))?\.json$/.exec(path);
  return m ? { workstation: m[1]!, day: m[2]! } : null;
}

/** True when today's file has not been saved yet. */
export function isDue(state: AutoBackupState, today: string): boolean {
  return state.lastDay < today;
}

export interface DailyBackup {
  fileName: string;
  /** The file's text, in chunks (join them, or make a Blob of them). */
  chunks: string[];
  offers: number;
  /** The state to keep once the file is saved. */
  next: AutoBackupState;
}

export interface DailyBackupInput {
  workstation: string;
  workstationName: string;
  practice: { odsCode: string; name: string };
  /** The pathway checklists on this workstation, carried in every daily file (merged by the newest answer). */
  checklists?: Checklists;
  today: string;
  now: number;
  state: AutoBackupState;
}

/** Build today's file: this workstation's offers recorded or changed since the previous day's file. */
export async function buildDailyBackup(db: LogDatabase, input: DailyBackupInput): Promise<DailyBackup> {
  const { state, today, now } = input;
  const from = state.lastDay === today ? state.dayFrom : state.since;
  const mine = (o: Offer) => o.workstation === input.workstation && o.updated >= from;
  let offers = 0;
  const chunks: string[] = [];
  for await (const c of backupChunks(db, {
    workstation: input.workstation,
    workstationName: input.workstationName,
    practice: input.practice,
    ...(input.checklists ? { checklists: input.checklists } : {}),
    now,
    filter: mine,
    onOffer: () => void offers++,
  })) {
    chunks.push(c);
  }
  const fileName = backupFileName(input.workstationName, input.workstation, today);
  return {
    fileName,
    chunks,
    offers,
    next: { lastDay: today, dayFrom: from, since: Math.max(from, now - OVERLAP_MS), lastSaved: now, lastFile: fileName, lastOffers: offers, problem: null, problemAt: 0 },
  };
}
