/**
 * Hooks for `npm run bench` (scripts/bench.mjs), loaded only by the unlisted bench.html page
 * (entrypoints/bench, left out of store builds). Each hook runs one measurement with the real log
 * code and, beside it, the same work done with raw IndexedDB (the physical limit), in the
 * extension's own origin. Synthetic offers only: no patient data is handled here.
 * Lives in bench/, not src/: it is a measuring tool, not part of the product (DESIGN.md layout).
 */
import { LogDatabase } from '../src/log/db';
import { addToDeltas, applyDeltas, type Deltas } from '../src/log/counts';
import { recordOffer, type NewOffer } from '../src/log/record';
import { computeTallies } from '../src/log/tallies';
import { exportBackup, exportOffersCsv } from '../src/log/export';
import { importBackup } from '../src/log/merge';
import * as folder from '../src/log/folder';
import * as trendsApi from '../src/log/trends';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, pickOffer } from '../src/log/exchange';
import { localDay } from '../src/log/day';
import type { Offer } from '../src/log/types';
import { ROLES, SETTINGS, OUTCOMES_AFTER_SENDING as OUTCOMES } from '../src/log/vocabulary';
import { SERVICE_IDS } from '../src/catalogue/services';

const SERVICES = SERVICE_IDS.slice(0, 8);
const CHANNELS = ['inserted', 'copied', 'shown', 'spoken'] as const;
/** The synthetic offers' items have no titles: the CSV's title column stays empty, as for unknown items. */
const NO_TITLES = new Map<string, string>();
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1, 9);
const SPAN_DAYS = 730; // two years of offers, as a PCN might keep

/** A synthetic offer, deterministic in `i` (so raw and real paths write the same rows). */
export function syntheticOffer(i: number, prefix = 'o'): Offer {
  const time = START + Math.floor((i * 7919) % SPAN_DAYS) * DAY + (i % 36_000) * 1000;
  return {
    id: `${prefix}-${i.toString(36).padStart(8, '0')}-bench`,
    time,
    day: localDay(time),
    service: SERVICES[i % SERVICES.length]!,
    item: `item-${i % 23}`,
    via: 'template',
    channel: CHANNELS[i % CHANNELS.length]!,
    role: ROLES[i % ROLES.length]!,
    setting: SETTINGS[(i >> 2) % SETTINGS.length]!,
    outcome: OUTCOMES[(i >> 3) % OUTCOMES.length]!,
    workstation: `ws-${i % 6}`,
    language: 'en',
    training: 0,
    updated: time,
    deleted: 0,
  };
}

const now = () => performance.now();

const PRACTICE_CODES = ['A81001', 'A81002', 'B82003', 'C83004', 'D84005'];

/**
 * An offer from a primary care network's workstation: as syntheticOffer, but from workstation
 * `ws-(i % files)` of practice `PRACTICE_CODES[(i % files) % 5]` (so a folder of `files` files, one
 * per workstation, holds every offer once).
 */
export function networkOffer(i: number, files: number): Offer {
  const w = i % files;
  return { ...syntheticOffer(i, 'n'), workstation: `ws-${String(w).padStart(2, '0')}`, practice: PRACTICE_CODES[w % PRACTICE_CODES.length]! };
}

/** A network's folder: `files` backup files (one per workstation) holding `total` offers, kept as Blobs in this page. */
async function makeFolder(total: number, files: number): Promise<{ ms: number; bytes: number }> {
  const t0 = now();
  const made: { name: string; blob: Blob }[] = [];
  let bytes = 0;
  for (let w = 0; w < files; w++) {
    const ws = `ws-${String(w).padStart(2, '0')}`;
    const head = JSON.stringify({
      format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exported: new Date(Date.UTC(2026, 0, 1)).toISOString(), workstation: ws,
      workstationName: `Desk ${w + 1}`, practice: { odsCode: PRACTICE_CODES[w % PRACTICE_CODES.length]!, name: `Practice ${(w % PRACTICE_CODES.length) + 1}` }, campaigns: [],
    });
    const parts: string[] = [`${head.slice(0, -1)},"offers":[`];
    let first = true;
    for (let i = w; i < total; i += files) {
      parts.push((first ? '' : ',') + JSON.stringify(pickOffer(networkOffer(i, files))));
      first = false;
    }
    parts.push(']}');
    const blob = new Blob(parts, { type: 'application/json' });
    bytes += blob.size;
    made.push({ name: `${ws}-2026-01-01.json`, blob });
  }
  folderStore.length = 0;
  folderStore.push(...made);
  return { ms: now() - t0, bytes };
}
const folderStore: { name: string; blob: Blob }[] = [];

/**
 * Merge the folder made by makeFolder into `target` (read, validate, merge, counts), as the
 * dashboard's "Merge a folder" does. With `cancelAfterMs`, Cancel is pressed that long after the
 * start (usually in the middle of a file): the time from Cancel to the merge returning is measured too.
 */
async function mergeFolderInto(target: string, cancelAfterMs?: number): Promise<{ ms: number; progressEvents: number; merged: number; added: number; bad: number; cancelled: boolean; cancelMs: number; offersInLog: number }> {
  const db = new LogDatabase(target);
  await db.open();
  const files = folderStore.map((f) => ({ name: f.name, path: `Nudge backups/${f.name}`, size: f.blob.size, text: () => f.blob.text() }));
  const ctl = new AbortController();
  let progressEvents = 0;
  let cancelledAt = 0;
  const t0 = now();
  const timer =
    cancelAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          cancelledAt = now();
          ctl.abort();
        }, cancelAfterMs);
  const r = await folder.mergeFolder(db, files, { today: '2026-01-02', signal: ctl.signal, onProgress: () => void progressEvents++ });
  const end = now();
  clearTimeout(timer);
  const offersInLog = await db.offers.count();
  db.close();
  return { ms: end - t0, progressEvents, merged: r.merged, added: r.added, bad: r.bad.length, cancelled: r.cancelled, cancelMs: cancelledAt ? end - cancelledAt : 0, offersInLog };
}

/** The physical limit for the folder: raw IndexedDB puts of the same offers, in one transaction. */
async function rawBulkPutNetwork(target: string, total: number, files: number): Promise<number> {
  return rawBulkPutRows(target, Array.from({ length: total }, (_, i) => networkOffer(i, files)));
}

/** Adoption trends over two years, by week (the most periods), from the kept counts. */
async function trends(name: string): Promise<{ ms: number; total: number; periods: number }> {
  const db = new LogDatabase(name);
  await db.open();
  const t0 = now();
  const t = await trendsApi.computeTrends(db, { from: '2023-12-01', to: '2026-02-28', groupBy: 'week' });
  const ms = now() - t0;
  db.close();
  return { ms, total: t.total.offers, periods: t.periods.length };
}

/** Seed offers `from`..`to` (exclusive) (and their counts) in chunks of bulk writes, as an import would. */
async function seed(name: string, from: number, to: number, chunk = 20_000): Promise<number> {
  const db = new LogDatabase(name);
  await db.open();
  const t0 = now();
  for (let start = from; start < to; start += chunk) {
    const rows: Offer[] = [];
    const deltas: Deltas = new Map();
    for (let i = start; i < Math.min(to, start + chunk); i++) {
      const o = syntheticOffer(i);
      rows.push(o);
      addToDeltas(deltas, o, 1);
    }
    await db.transaction('rw', db.offers, db.counts, async () => {
      await db.offers.bulkPut(rows);
      await applyDeltas(db, deltas);
    });
  }
  const ms = now() - t0;
  db.close();
  return ms;
}

async function deleteDb(name: string): Promise<void> {
  await new Promise<void>((ok) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => ok();
  });
}

function openRaw(name: string, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const r = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
    if (upgrade) r.onupgradeneeded = () => upgrade(r.result);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

/** The baseline for tallies: one raw cursor over every offer, counting by service and outcome. */
async function rawCount(name: string): Promise<{ ms: number; total: number }> {
  const db = await openRaw(name);
  const t0 = now();
  const byServiceOutcome = new Map<string, number>();
  let total = 0;
  await new Promise<void>((ok, fail) => {
    const r = db.transaction('offers').objectStore('offers').openCursor();
    r.onsuccess = () => {
      const c = r.result;
      if (!c) return ok();
      const o = c.value as Offer;
      if (!o.deleted && !o.training) {
        total++;
        const k = `${o.service}|${o.outcome}`;
        byServiceOutcome.set(k, (byServiceOutcome.get(k) ?? 0) + 1);
      }
      c.continue();
    };
    r.onerror = () => fail(r.error);
  });
  const ms = now() - t0;
  db.close();
  return { ms, total };
}

async function tallies(name: string): Promise<{ ms: number; total: number }> {
  const db = new LogDatabase(name);
  await db.open();
  const t0 = now();
  const t = await computeTallies(db, { from: '2023-12-01', to: '2026-02-28' });
  const ms = now() - t0;
  db.close();
  return { ms, total: t.total };
}

/** Record `n` offers one at a time, as the panel does; milliseconds for each. */
async function recordMany(name: string, n: number): Promise<number[]> {
  const db = new LogDatabase(name);
  await db.open();
  const input: NewOffer = {
    service: 'nhs-app',
    item: 'nhs-app-signup-short',
    via: 'template',
    channel: 'inserted',
    role: 'receptionist',
    setting: 'phone',
    outcome: 'offered',
    workstation: 'bench',
    language: 'en',
    training: 0,
  };
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = now();
    await recordOffer(db, input);
    times.push(now() - t0);
  }
  db.close();
  return times;
}

/** The baseline for recording: one raw IndexedDB transaction putting one row, `n` times. */
async function rawRecordMany(name: string, n: number): Promise<number[]> {
  const db = await openRaw(name, (d) => d.createObjectStore('offers', { keyPath: 'id' }));
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = { ...syntheticOffer(i, 'raw'), id: crypto.randomUUID() };
    const t0 = now();
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('offers', 'readwrite');
      tx.objectStore('offers').put(row);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    times.push(now() - t0);
  }
  db.close();
  return times;
}

interface MemoryInfo {
  usedJSHeapSize: number;
}
const heap = () => (performance as unknown as { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? 0;

/** Export every offer as CSV; time, size and the peak JS heap above the starting point. */
async function csv(name: string): Promise<{ ms: number; bytes: number; peakHeapMB: number; startHeapMB: number }> {
  const db = new LogDatabase(name);
  await db.open();
  const start = heap();
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, heap())), 20);
  const t0 = now();
  const blob = await exportOffersCsv(db, { titles: NO_TITLES });
  const ms = now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, heap());
  db.close();
  return { ms, bytes: blob.size, peakHeapMB: (peak - start) / 2 ** 20, startHeapMB: start / 2 ** 20 };
}

/** Build a backup file of the offers in `source` (the real export). */
async function backupOf(source: string): Promise<Blob> {
  const db = new LogDatabase(source);
  await db.open();
  const blob = await exportBackup(db, { workstation: 'bench-source' });
  db.close();
  return blob;
}

/** Import (read, validate, merge) a backup into `target`. */
async function importInto(target: string, file: Blob): Promise<number> {
  const db = new LogDatabase(target);
  await db.open();
  const t0 = now();
  await importBackup(db, [{ name: 'backup.json', size: file.size, text: () => file.text() }]);
  const ms = now() - t0;
  db.close();
  return ms;
}

/** The physical limit for an import: raw IndexedDB puts of the same rows, in one transaction. */
async function rawBulkPut(target: string, n: number): Promise<number> {
  return rawBulkPutRows(target, Array.from({ length: n }, (_, i) => syntheticOffer(i)));
}

/** Milliseconds for raw IndexedDB to put `rows`, made beforehand, in one transaction. */
async function rawBulkPutRows(target: string, rows: readonly object[]): Promise<number> {
  // The same store as the log's: keyed by id, indexed by day.
  const db = await openRaw(target, (d) => d.createObjectStore('offers', { keyPath: 'id' }).createIndex('day', 'day'));
  const t0 = now();
  await new Promise<void>((ok, fail) => {
    const tx = db.transaction('offers', 'readwrite');
    const store = tx.objectStore('offers');
    for (const r of rows) store.put(r);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  const ms = now() - t0;
  db.close();
  return ms;
}

export interface BenchHooks {
  seed: typeof seed;
  deleteDb: typeof deleteDb;
  rawCount: typeof rawCount;
  tallies: typeof tallies;
  recordMany: typeof recordMany;
  rawRecordMany: typeof rawRecordMany;
  csv: typeof csv;
  backupOf: typeof backupOf;
  importInto: typeof importInto;
  rawBulkPut: typeof rawBulkPut;
  makeFolder: typeof makeFolder;
  mergeFolderInto: typeof mergeFolderInto;
  rawBulkPutNetwork: typeof rawBulkPutNetwork;
  trends: typeof trends;
}

export function installBenchHooks(win: Window): void {
  const hooks: BenchHooks = { seed, deleteDb, rawCount, tallies, recordMany, rawRecordMany, csv, backupOf, importInto, rawBulkPut, makeFolder, mergeFolderInto, rawBulkPutNetwork, trends };
  (win as unknown as { nudgeBench: BenchHooks & { backups: Map<string, Blob> } }).nudgeBench = { ...hooks, backups: new Map() };
}
