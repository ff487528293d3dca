/**
 * Merging offers from other workstations' backups. The rule is a join: the same inputs in any
 * order, any number of times, give the same log.
 * - An undone offer stays undone (a tombstone always wins over a live copy).
 * - Otherwise the newest `updated` wins.
 * - A tie between different copies is settled the same way everywhere (by their content).
 * Campaigns merge the same way, except that a deletion is an ordinary edit: the newest wins.
 */
import { throwIfAborted, type LongTask } from './abort';
import { addToDeltas, applyDeltas, type Deltas } from './counts';
import type { LogDatabase } from './db';
import { localDay } from './day';
import { ImportError, LIMITS, parseExchangeFile, type ExchangeFile } from './exchange';
import { practiceOf } from './practice';
import type { Campaign, Offer, WorkstationRecord } from './types';
import type { ChecklistMergeSummary, Checklists } from '../checklist/model';

/** Offers written per bulkGet/bulkPut inside the import transaction. */
export const MERGE_CHUNK = 10_000;

function canonical(o: Offer): string {
  return [o.id, o.time, o.day, o.service, o.item, o.via, o.channel, o.role, o.setting, o.outcome, o.workstation, o.language, o.training, o.updated, o.deleted, practiceOf(o)].join('\u0001');
}

/** The copy of an offer that wins between `a` and `b` (same id). Returns `a` itself when it wins or they are equal. */
export function mergeOffer(a: Offer, b: Offer): Offer {
  if (a.deleted !== b.deleted) return a.deleted ? a : b;
  if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
  const ka = canonical(a);
  const kb = canonical(b);
  return ka >= kb ? a : b;
}

export function sameOffer(a: Offer, b: Offer): boolean {
  return canonical(a) === canonical(b);
}

/** What a merge did for the offers one workstation made. */
export interface WorkstationMerge {
  added: number;
  updated: number;
  unchanged: number;
  /** The newest day among its offers in the input ('' when none). */
  newestDay: string;
}

export interface MergeSummary {
  /** Offers read from the files (after merging copies within them). */
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  /** The same figures for each workstation whose offers were in the input, by workstation id. */
  byWorkstation: Map<string, WorkstationMerge>;
}

export interface MergeOptions extends LongTask {
  /**
   * Every offer id in the log, when the caller keeps that set (a folder merge into a small log
   * does): offers whose id is not in it are written without reading first. A stale set only costs
   * speed, never correctness: an id in the set is read and compared as usual.
   */
  ids?: ReadonlySet<string> | null;
}

function statFor(m: Map<string, WorkstationMerge>, o: Offer): WorkstationMerge {
  let s = m.get(o.workstation);
  if (!s) m.set(o.workstation, (s = { added: 0, updated: 0, unchanged: 0, newestDay: '' }));
  if (o.day > s.newestDay) s.newestDay = o.day;
  return s;
}

/**
 * Merge `incoming` into the log in one transaction, with the counts adjusted in it too. A cancel
 * (the signal) or any failure aborts the transaction: nothing is changed. Called inside a larger
 * transaction (see applyExchange), it is part of that one.
 */
export async function mergeOffers(db: LogDatabase, incoming: Iterable<Offer>, task: MergeOptions = {}): Promise<MergeSummary> {
  // Merge the copies within the input first, so each id is written once.
  const byId = new Map<string, Offer>();
  for (const o of incoming) {
    const had = byId.get(o.id);
    byId.set(o.id, had ? mergeOffer(had, o) : o);
  }
  const all = [...byId.values()];
  const summary: MergeSummary = { read: all.length, added: 0, updated: 0, unchanged: 0, byWorkstation: new Map() };
  const total = all.length;
  task.onProgress?.({ done: 0, total });
  await db.transaction('rw', db.offers, db.counts, async (tx) => {
    // Cancel stops the transaction at once, writes already queued included (nothing is kept).
    const stop = () => {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    };
    task.signal?.addEventListener('abort', stop);
    try {
      await mergeInto();
    } finally {
      task.signal?.removeEventListener('abort', stop);
    }
  });
  return summary;

  async function mergeInto(): Promise<void> {
    // Ids that cannot be in the log need no read: all of them when the log is empty.
    const known: ReadonlySet<string> | null = task.ids ?? ((await db.offers.count()) === 0 ? new Set<string>() : null);
    const deltas: Deltas = new Map();
    // Writes are queued without waiting for each (IndexedDB runs a transaction's requests in
    // order), reporting progress as each chunk lands.
    const writes: Promise<unknown>[] = [];
    for (let start = 0; start < total; start += MERGE_CHUNK) {
      throwIfAborted(task.signal);
      const chunk = all.slice(start, start + MERGE_CHUNK);
      const toRead = known ? chunk.filter((o) => known.has(o.id)) : chunk;
      const found = toRead.length ? await db.offers.bulkGet(toRead.map((o) => o.id)) : [];
      const existing = new Map<string, Offer>();
      for (const o of found) if (o) existing.set(o.id, o);
      const puts: Offer[] = [];
      for (const o of chunk) {
        const stat = statFor(summary.byWorkstation, o);
        const old = existing.get(o.id);
        if (!old) {
          summary.added++;
          stat.added++;
          puts.push(o);
          if (!o.deleted) addToDeltas(deltas, o, 1);
          continue;
        }
        const win = mergeOffer(old, o);
        if (win === old || sameOffer(win, old)) {
          summary.unchanged++;
          stat.unchanged++;
          continue;
        }
        summary.updated++;
        stat.updated++;
        puts.push(win);
        if (!old.deleted) addToDeltas(deltas, old, -1);
        if (!win.deleted) addToDeltas(deltas, win, 1);
      }
      const done = Math.min(start + MERGE_CHUNK, total);
      if (puts.length) {
        writes.push(
          db.offers.bulkPut(puts).then(() => {
            task.onProgress?.({ done, total });
            throwIfAborted(task.signal);
          }),
        );
      } else {
        task.onProgress?.({ done, total });
      }
    }
    await Promise.all(writes);
    throwIfAborted(task.signal);
    await applyDeltas(db, deltas);
  }
}

/** A file to import: a File from an <input type=file>, or anything with a name and text. */
export interface ImportSource {
  name: string;
  size?: number;
  text(): Promise<string>;
}

export interface ImportSummary extends MergeSummary {
  files: number;
  /** Campaigns the files added or changed. */
  campaigns: { added: number; updated: number };
  /** Pathway checklist answers merged from the files (version 2 files), when any carried some. */
  checklists?: ChecklistMergeSummary;
}

export interface ImportOptions extends LongTask {
  /**
   * Merge the files' pathway checklists (src/checklist/store.ts mergeStoredChecklists). Called after
   * the offers are merged, only when a file carries checklists. Both merges are idempotent, so
   * importing the same files again after a failure finishes the job.
   */
  mergeChecklists?: (incoming: Checklists[]) => Promise<ChecklistMergeSummary>;
}

function canonicalCampaign(c: Campaign): string {
  return JSON.stringify([c.id, c.name, [...c.services].sort(), c.start, c.end, c.note, c.practice, c.updated, c.deleted]);
}

/** The copy of a campaign that wins: the newest edit (a deletion is an edit); on a tie, a deletion, then by content. */
export function mergeCampaign(a: Campaign, b: Campaign): Campaign {
  if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
  if (a.deleted !== b.deleted) return a.deleted ? a : b;
  return canonicalCampaign(a) >= canonicalCampaign(b) ? a : b;
}

/** Merge campaigns into the log (inside the caller's transaction, or its own). */
export async function mergeCampaigns(db: LogDatabase, incoming: Iterable<Campaign>): Promise<{ added: number; updated: number }> {
  const byId = new Map<string, Campaign>();
  for (const c of incoming) {
    const had = byId.get(c.id);
    byId.set(c.id, had ? mergeCampaign(had, c) : c);
  }
  const result = { added: 0, updated: 0 };
  if (byId.size === 0) return result;
  await db.transaction('rw', db.campaigns, async () => {
    const ids = [...byId.keys()];
    const existing = await db.campaigns.bulkGet(ids);
    const puts: Campaign[] = [];
    ids.forEach((id, i) => {
      const c = byId.get(id)!;
      const old = existing[i];
      if (!old) {
        result.added++;
        puts.push(c);
        return;
      }
      const win = mergeCampaign(old, c);
      if (win !== old && canonicalCampaign(win) !== canonicalCampaign(old)) {
        result.updated++;
        puts.push(win);
      }
    });
    if (puts.length) await db.campaigns.bulkPut(puts);
  });
  return result;
}

/**
 * A workstation's name and practice come from its newest file: take them from `file` if it is at
 * least as new as the last one noted in `r`. Returns the day (local) the file was made.
 */
export function fromNewestFile(
  r: { lastFile: number; name: string; practice: string; practiceName: string },
  file: Pick<ExchangeFile, 'exported' | 'workstationName' | 'practice'>,
): string {
  const at = Date.parse(file.exported);
  if (at >= r.lastFile) {
    r.lastFile = at;
    if (file.workstationName !== undefined) r.name = file.workstationName;
    if (file.practice) {
      r.practice = file.practice.odsCode;
      r.practiceName = file.practice.name;
    }
  }
  return localDay(at);
}

/**
 * Remember what the files say about each workstation: its name and practice (from its own newest
 * file) and the newest day it was seen (a file's date, or an offer's day).
 */
export async function noteWorkstations(db: LogDatabase, files: readonly ExchangeFile[], byWorkstation: ReadonlyMap<string, WorkstationMerge>): Promise<void> {
  const seen = new Map<string, WorkstationRecord>();
  const get = (id: string) => {
    let r = seen.get(id);
    if (!r) seen.set(id, (r = { id, name: '', practice: '', practiceName: '', lastSeen: '', lastFile: 0 }));
    return r;
  };
  for (const [id, m] of byWorkstation) if (m.newestDay) get(id).lastSeen = m.newestDay;
  for (const f of files) {
    if (!f.workstation) continue;
    const r = get(f.workstation);
    const day = fromNewestFile(r, f);
    if (day > r.lastSeen) r.lastSeen = day;
  }
  if (seen.size === 0) return;
  await db.transaction('rw', db.workstations, async () => {
    const ids = [...seen.keys()];
    const existing = await db.workstations.bulkGet(ids);
    await db.workstations.bulkPut(
      ids.map((id, i) => {
        const next = seen.get(id)!;
        const old = existing[i];
        if (!old) return next;
        const newerFile = next.lastFile > old.lastFile;
        return {
          id,
          name: newerFile && next.lastFile ? next.name : old.name,
          practice: newerFile && next.lastFile ? next.practice : old.practice,
          practiceName: newerFile && next.lastFile ? next.practiceName : old.practiceName,
          lastSeen: next.lastSeen > old.lastSeen ? next.lastSeen : old.lastSeen,
          lastFile: Math.max(next.lastFile, old.lastFile),
        };
      }),
    );
  });
}

/**
 * Merge checked exchange files (their offers, campaigns and what they say about workstations) in
 * one all-or-nothing transaction.
 */
export async function applyExchange(db: LogDatabase, files: readonly ExchangeFile[], task: MergeOptions = {}): Promise<Omit<ImportSummary, 'files'>> {
  return db.transaction('rw', [db.offers, db.counts, db.campaigns, db.workstations], async () => {
    const offers: Offer[] = [];
    for (const f of files) for (const o of f.offers) offers.push(o);
    const summary = await mergeOffers(db, offers, task);
    const campaigns = await mergeCampaigns(db, files.flatMap((f) => f.campaigns ?? []));
    await noteWorkstations(db, files, summary.byWorkstation);
    return { ...summary, campaigns };
  });
}

/**
 * Import one or many backup files. Every file is read and checked first; if any is malformed,
 * hostile, too big or from a newer version, an ImportError is thrown and nothing is changed.
 * Then all their offers and campaigns merge in one all-or-nothing transaction.
 */
export async function importBackup(db: LogDatabase, files: readonly ImportSource[], task: ImportOptions = {}): Promise<ImportSummary> {
  if (files.length === 0) throw new ImportError('Choose at least one backup file to import.');
  if (files.length > LIMITS.files) throw new ImportError(`Import at most ${LIMITS.files} files at a time. To merge a whole folder of backups, use Merge a folder.`);
  const parsed: ExchangeFile[] = [];
  for (const f of files) {
    throwIfAborted(task.signal);
    if (f.size !== undefined && f.size > LIMITS.fileBytes) throw new ImportError(`${f.name} is too large to import (the limit is ${LIMITS.fileBytes / 1024 / 1024} MB). Nothing was changed.`);
    parsed.push(parseExchangeFile(await f.text(), f.name));
  }
  throwIfAborted(task.signal);
  const summary = await applyExchange(db, parsed, task);
  const checklists = parsed.flatMap((f) => (f.checklists ? [f.checklists as Checklists] : []));
  if (checklists.length && task.mergeChecklists) {
    let merged: ChecklistMergeSummary;
    try {
      merged = await task.mergeChecklists(checklists);
    } catch (e) {
      throw new ImportError(
        `The offers were imported, but the pathway checklists in the files could not be saved (${(e as Error)?.message ?? e}). Import the same files again to finish: nothing is added twice.`,
      );
    }
    return { ...summary, files: files.length, checklists: merged };
  }
  return { ...summary, files: files.length };
}
