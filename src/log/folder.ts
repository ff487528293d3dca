/**
 * "Merge a folder": every backup file in a folder (many workstations, many days) merged in one go.
 * Each file is checked in full and merged in its own transaction, so each is all-or-nothing: a bad
 * file is listed with its reason and the rest still merge. Merging is a join (see merge.ts), so the
 * same folder merged again, or files that overlap, add nothing twice. Cancelling stops before the
 * next file; the file being merged is left out whole, and the files already merged stay merged.
 */
import { isAbort, throwIfAborted } from './abort';
import { addDays, splitRowKey } from './counts';
import type { LogDatabase } from './db';
import { localDay } from './day';
import { describeWriteError } from './errors';
import { ImportError, LIMITS, parseExchangeFileInSlices } from './exchange';
import { applyExchange, fromNewestFile, type ImportSource } from './merge';
import type { WorkstationRecord } from './types';
import type { ChecklistMergeSummary, Checklists } from '../checklist/model';

export const FOLDER_LIMITS = {
  /** Files considered in one folder (a year of daily files from 50 workstations is about 18,000). */
  files: 50_000,
  /** Below this many offers in the log, their ids are read once so new offers need no read each. */
  idsUpTo: 250_000,
} as const;

/** A workstation is listed as not seen when nothing from it is newer than this many days. */
export const NOT_SEEN_DAYS = 7;

export interface FolderFile extends ImportSource {
  /** The path inside the chosen folder (File.webkitRelativePath), when known. */
  path?: string;
  /** The file's last change (File.lastModified): with its path and size, how a file merged before is known. */
  lastModified?: number;
}

/** How a file merged before is known again: its path, size and last change (never for a file without them). */
export function fileKey(f: FolderFile): string | null {
  return f.size !== undefined && f.lastModified !== undefined ? `${f.path || f.name}|${f.size}|${f.lastModified}` : null;
}

export interface BadFile {
  name: string;
  reason: string;
}

export interface WorkstationSummary {
  id: string;
  /** Its name from its newest file ('' when not known). */
  name: string;
  practice: string;
  practiceName: string;
  /** Files this workstation saved among those merged. */
  files: number;
  added: number;
  updated: number;
  /** The newest day seen for it in this folder: a file's date or one of its offers' days. */
  newestDay: string;
}

export interface FolderProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Offers read from the files merged so far. */
  offers: number;
}

export interface FolderResult {
  /** Backup files found (names ending .json). */
  files: number;
  merged: number;
  /** Files merged by an earlier folder merge and unchanged since: not read again. */
  skipped: number;
  /** Other files in the folder, left alone. */
  ignored: number;
  bad: BadFile[];
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  campaigns: { added: number; updated: number };
  /** Every workstation seen in the merged files, by name. */
  workstations: WorkstationSummary[];
  /** Workstations known to the log with nothing newer than NOT_SEEN_DAYS days ago, oldest first. */
  notSeen: WorkstationRecord[];
  /** True when the merge was cancelled before every file was merged. */
  cancelled: boolean;
  /** Plain words when a write failed and the merge stopped (the files before it stay merged). */
  stopped: string | null;
  /** Pathway checklist answers merged from the files that carried some (issue 17), when asked to. */
  checklists?: ChecklistMergeSummary;
  /** Plain words when the files' checklists could not be saved (their offers stay merged). */
  checklistsProblem?: string;
}

export interface FolderOptions {
  signal?: AbortSignal;
  onProgress?: (p: FolderProgress) => void;
  /** Today ("YYYY-MM-DD"), for the list of workstations not seen lately. */
  today?: string;
  /** This computer's workstation id (always "seen"). */
  ownWorkstation?: string;
  /**
   * Merge the pathway checklists the merged files carry (src/checklist/store.ts mergeStoredChecklists),
   * once, after the offers. Idempotent like the offers: merging the folder again finishes the job.
   */
  mergeChecklists?: (incoming: Checklists[]) => Promise<ChecklistMergeSummary>;
}

const nameOf = (f: FolderFile) => f.path || f.name;

/** The backup files among `files` (by name), in a stable order, and how many others there were. */
export function backupFilesIn(files: readonly FolderFile[]): { backups: FolderFile[]; ignored: number } {
  const backups = files.filter((f) => /\.json$/i.test(f.name)).sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
  return { backups, ignored: files.length - backups.length };
}

/** Merge every backup file in a folder. Never throws for a bad file; see FolderResult. */
export async function mergeFolder(db: LogDatabase, files: readonly FolderFile[], opts: FolderOptions = {}): Promise<FolderResult> {
  const { backups, ignored } = backupFilesIn(files);
  if (backups.length === 0) throw new ImportError('There are no backup files (.json) in this folder. Choose the folder the workstations save their backups into.');
  if (backups.length > FOLDER_LIMITS.files) throw new ImportError(`This folder has ${backups.length.toLocaleString('en-GB')} backup files; Nudge merges at most ${FOLDER_LIMITS.files.toLocaleString('en-GB')} at a time. Choose a folder with fewer files.`);
  const result: FolderResult = {
    files: backups.length, merged: 0, skipped: 0, ignored, bad: [], read: 0, added: 0, updated: 0, unchanged: 0,
    campaigns: { added: 0, updated: 0 }, workstations: [], notSeen: [], cancelled: false, stopped: null,
  };
  const summaries = new Map<string, WorkstationSummary & { lastFile: number }>();
  const summary = (id: string) => {
    let s = summaries.get(id);
    if (!s) summaries.set(id, (s = { id, name: '', practice: '', practiceName: '', files: 0, added: 0, updated: 0, newestDay: '', lastFile: 0 }));
    return s;
  };
  const bytesTotal = backups.reduce((n, f) => n + (f.size ?? 0), 0);
  const progress: FolderProgress = { filesDone: 0, filesTotal: backups.length, bytesDone: 0, bytesTotal, offers: 0 };
  opts.onProgress?.({ ...progress });

  // In a small log, read every id once: offers not in it need no read before they are written.
  const ids: Set<string> | null = (await db.offers.count()) <= FOLDER_LIMITS.idsUpTo ? new Set((await db.offers.toCollection().primaryKeys()) as string[]) : null;

  // Files merged in full before, unchanged since, need not be read again.
  const keys = backups.map(fileKey);
  const before = await db.files.bulkGet(keys.map((k) => k ?? '\u0000'));

  const checklists: Checklists[] = [];
  for (const [n, f] of backups.entries()) {
    try {
      throwIfAborted(opts.signal);
      const name = nameOf(f);
      const known = before[n];
      if (known) {
        result.skipped++;
        const s = summary(known.workstation);
        s.files++;
        for (const day of [known.day, known.newestDay]) if (day > s.newestDay) s.newestDay = day;
      } else if (f.size !== undefined && f.size > LIMITS.fileBytes) {
        result.bad.push({ name, reason: `${name} is too large to merge (the limit is ${LIMITS.fileBytes / 1024 / 1024} MB).` });
      } else {
        let file;
        try {
          file = await parseExchangeFileInSlices(await f.text(), name, { signal: opts.signal });
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
          result.bad.push({ name, reason: reasonOf(e.message) });
        }
        if (file) {
          throwIfAborted(opts.signal);
          const done = await applyExchange(db, [file], { signal: opts.signal, ids });
          if (file.checklists) checklists.push(file.checklists as Checklists);
          // Only once the file's transaction has committed: its offers are now in the log.
          if (ids) for (const o of file.offers) ids.add(o.id);
          const key = keys[n];
          if (key) {
            const newestDay = file.offers.reduce((d, o) => (o.day > d ? o.day : d), '');
            // If this write fails, the file is only read again next time (merging it again changes nothing).
            await db.files.put({ key, workstation: file.workstation, day: localDay(Date.parse(file.exported)), newestDay, merged: Date.now() }).catch(() => {});
          }
          result.merged++;
          result.read += done.read;
          result.added += done.added;
          result.updated += done.updated;
          result.unchanged += done.unchanged;
          result.campaigns.added += done.campaigns.added;
          result.campaigns.updated += done.campaigns.updated;
          progress.offers += done.read;
          for (const [id, m] of done.byWorkstation) {
            const s = summary(id);
            s.added += m.added;
            s.updated += m.updated;
            if (m.newestDay > s.newestDay) s.newestDay = m.newestDay;
          }
          if (file.workstation) {
            const s = summary(file.workstation);
            s.files++;
            const day = fromNewestFile(s, file);
            if (day > s.newestDay) s.newestDay = day;
          }
        }
      }
    } catch (e) {
      if (opts.signal?.aborted || isAbort(e)) {
        result.cancelled = true;
        break;
      }
      result.stopped = describeWriteError(e);
      break;
    }
    progress.filesDone++;
    progress.bytesDone += f.size ?? 0;
    opts.onProgress?.({ ...progress });
  }

  if (checklists.length && opts.mergeChecklists) {
    try {
      result.checklists = await opts.mergeChecklists(checklists);
    } catch (e) {
      result.checklistsProblem = `The pathway checklists in these files could not be saved (${(e as Error)?.message ?? e}). Merge the folder again to finish: nothing is added twice.`;
    }
  }

  // Names and practices the log knew before, for workstations whose files here did not say.
  const known = await db.workstations.bulkGet([...summaries.keys()]);
  result.workstations = [...summaries.values()]
    .map(({ lastFile: _, ...s }, i) => {
      const k = known[i];
      return k ? { ...s, name: s.name || k.name, practice: s.practice || k.practice, practiceName: s.practiceName || k.practiceName } : s;
    })
    .sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id, 'en-GB'));
  result.notSeen = await workstationsNotSeen(db, opts.today ?? localDay(Date.now()), opts.ownWorkstation);
  return result;
}

/** The refusal in plain words (it names the file); "nothing was changed" is said once for the whole list. */
function reasonOf(message: string): string {
  return message.replace(/\s*Nothing was changed\.?$/, '');
}

/**
 * The newest day each workstation was seen: what backup files said (the workstations table) or,
 * for workstations only the offers tell of, the newest day with offers (from the count rows).
 */
export async function lastSeenByWorkstation(db: LogDatabase): Promise<Map<string, WorkstationRecord>> {
  const out = new Map<string, WorkstationRecord>();
  for (const r of await db.workstations.toArray()) out.set(r.id, { ...r });
  // The newest month with offers, per workstation, then the newest day in it: from the rows' keys
  // alone (the index), never reading the rows.
  const newestMonth = new Map<string, string>();
  for (const key of (await db.counts.where('[kind+period]').between(['m', ''], ['m', '\uffff']).primaryKeys()) as string[]) {
    const k = splitRowKey(key);
    if ((newestMonth.get(k.workstation) ?? '') < k.period) newestMonth.set(k.workstation, k.period);
  }
  if (newestMonth.size === 0) return out;
  const from = `${[...newestMonth.values()].sort()[0]}-01`;
  for (const key of (await db.counts.where('[kind+period]').between(['d', from], ['d', '\uffff']).primaryKeys()) as string[]) {
    const k = splitRowKey(key);
    if (newestMonth.get(k.workstation) !== k.period.slice(0, 7)) continue;
    let rec = out.get(k.workstation);
    if (!rec) out.set(k.workstation, (rec = { id: k.workstation, name: '', practice: k.practice, practiceName: '', lastSeen: '', lastFile: 0 }));
    if (k.period > rec.lastSeen) rec.lastSeen = k.period;
  }
  return out;
}

/** Workstations with nothing newer than NOT_SEEN_DAYS days before `today`, oldest first (never `own`). */
export async function workstationsNotSeen(db: LogDatabase, today: string, own?: string): Promise<WorkstationRecord[]> {
  const cutoff = addDays(today, -NOT_SEEN_DAYS);
  return [...(await lastSeenByWorkstation(db)).values()]
    .filter((r) => r.id !== own && r.lastSeen <= cutoff)
    .sort((a, b) => (a.lastSeen < b.lastSeen ? -1 : a.lastSeen > b.lastSeen ? 1 : a.id < b.id ? -1 : 1));
}
