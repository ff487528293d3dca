/**
 * Exports, built in chunks from pages of the log (never every row as one string): tallies CSV,
 * offers CSV (one row per offer, no patient data) and the backup exchange file (JSON).
 */
import { SERVICES, type ServiceId } from '../catalogue/services';
import { throwIfAborted, type LongTask } from './abort';
import { BOM, csvRow } from './csv';
import type { LogDatabase } from './db';
import { computeTallies, type Tallies, type TallyFilter } from './tallies';
import type { Offer } from './types';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, pickCampaign, pickOffer } from './exchange';
import { practiceOf, PRACTICE_NOT_RECORDED } from './practice';
import type { Checklists } from '../checklist/model';

/** Offers read from the database per page. */
export const PAGE_SIZE = 5000;

export const BACKUP_FORMAT = EXCHANGE_FORMAT;
export const BACKUP_VERSION = EXCHANGE_VERSION;

/** `practice` is the ODS code ('' when not recorded); it comes last so that older readers of the columns before it are not disturbed. */
export const TALLY_COLUMNS = ['period', 'service', 'role', 'setting', 'outcome', 'count', 'practice'] as const;
export const OFFER_COLUMNS = [
  'id', 'day', 'time', 'service', 'service_name', 'item', 'item_title', 'via', 'channel', 'role', 'setting', 'outcome', 'workstation', 'language', 'training', 'practice',
] as const;

/** The tallies as tidy CSV text (small: one row per period and combination). */
export function talliesCsv(t: Tallies): string {
  let out = BOM + csvRow(TALLY_COLUMNS);
  for (const r of t.rows) out += csvRow([r.period, r.service, r.role, r.setting, r.outcome, r.count, r.practice]);
  return out;
}

export async function exportTalliesCsv(db: LogDatabase, filter: TallyFilter): Promise<Blob> {
  return new Blob([talliesCsv(await computeTallies(db, filter))], { type: 'text/csv;charset=utf-8' });
}

/** Every offer in primary-key pages of `pageSize`, one page per read transaction. */
export async function* offerPages(db: LogDatabase, task: LongTask = {}, pageSize = PAGE_SIZE): AsyncGenerator<Offer[]> {
  const total = await db.offers.count();
  let done = 0;
  let last: string | null = null;
  task.onProgress?.({ done, total });
  for (;;) {
    throwIfAborted(task.signal);
    const page: Offer[] = await (last === null ? db.offers.orderBy(':id') : db.offers.where(':id').above(last)).limit(pageSize).toArray();
    if (page.length === 0) return;
    last = page[page.length - 1]!.id;
    done += page.length;
    yield page;
    task.onProgress?.({ done: Math.min(done, total), total: Math.max(total, done) });
  }
}

export interface OffersCsvOptions extends LongTask {
  /** Leave these days out: only from..to ("YYYY-MM-DD", inclusive) when given. */
  from?: string;
  to?: string;
  workstation?: string;
  /** Only this practice's offers (ODS code), or PRACTICE_NOT_RECORDED for offers without one; all when left out or ''. */
  practice?: string;
  includeTraining?: boolean;
  /**
   * Titles by item id (templates in force, archived ones too, and prompt cards): passed in by the
   * page, which knows the practice's own texts (see src/ui/dashboard/labels.ts itemTitles).
   */
  titles: ReadonlyMap<string, string>;
}

export function offerCsvRow(o: Offer, titles: ReadonlyMap<string, string>): string {
  return csvRow([
    o.id, o.day, new Date(o.time).toISOString(), o.service, SERVICES[o.service as ServiceId]?.name ?? '', o.item, titles.get(o.item) ?? '',
    o.via, o.channel, o.role, o.setting, o.outcome, o.workstation, o.language, o.training, practiceOf(o),
  ]);
}

/** The offers CSV as chunks of text (the first starts with the BOM and the header). Undone offers are left out. */
export async function* offersCsvChunks(db: LogDatabase, opts: OffersCsvOptions): AsyncGenerator<string> {
  const titles = opts.titles;
  yield BOM + csvRow(OFFER_COLUMNS);
  for await (const page of offerPages(db, opts)) {
    let chunk = '';
    for (const o of page) {
      if (o.deleted || (o.training && !opts.includeTraining)) continue;
      if ((opts.from && o.day < opts.from) || (opts.to && o.day > opts.to) || (opts.workstation && o.workstation !== opts.workstation)) continue;
      if (opts.practice && practiceOf(o) !== (opts.practice === PRACTICE_NOT_RECORDED ? '' : opts.practice)) continue;
      chunk += offerCsvRow(o, titles);
    }
    if (chunk) yield chunk;
  }
}

/** Gather chunks into a Blob, one small Blob per chunk so that no single string holds the file. */
async function toBlob(chunks: AsyncIterable<string>, type: string): Promise<Blob> {
  const parts: Blob[] = [];
  for await (const c of chunks) parts.push(new Blob([c]));
  return new Blob(parts, { type });
}

export function exportOffersCsv(db: LogDatabase, opts: OffersCsvOptions): Promise<Blob> {
  return toBlob(offersCsvChunks(db, opts), 'text/csv;charset=utf-8');
}

export interface BackupOptions extends LongTask {
  workstation: string;
  now?: number;
  /** The pathway checklists to carry in the file (version 2), if any. */
  checklists?: Checklists;
  /** This workstation's name, as staff know it (version 2). */
  workstationName?: string;
  /** This workstation's practice: its ODS code ('' when not set) and name (version 2). */
  practice?: { odsCode: string; name: string };
  /** Only the offers this accepts (an automatic backup takes this workstation's recent changes); every offer when left out. */
  filter?: (o: Offer) => boolean;
  /** Called with each offer written (to learn what a file holds without reading it back). */
  onOffer?: (o: Offer) => void;
}

/**
 * The backup exchange file as chunks of JSON: every offer, undone ones included (so merges agree),
 * and every campaign, deleted ones included.
 */
export async function* backupChunks(db: LogDatabase, opts: BackupOptions): AsyncGenerator<string> {
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: new Date(opts.now ?? Date.now()).toISOString(),
    workstation: opts.workstation,
    ...(opts.checklists ? { checklists: opts.checklists } : {}),
    ...(opts.workstationName !== undefined ? { workstationName: opts.workstationName } : {}),
    ...(opts.practice ? { practice: opts.practice } : {}),
    campaigns: (await db.campaigns.toArray()).map(pickCampaign),
  });
  yield `${head.slice(0, -1)},"offers":[`;
  let first = true;
  for await (const page of offerPages(db, opts)) {
    const kept = opts.filter ? page.filter(opts.filter) : page;
    if (kept.length === 0) continue;
    if (opts.onOffer) kept.forEach(opts.onOffer);
    const text = kept.map((o) => JSON.stringify(pickOffer(o))).join(',');
    yield first ? text : `,${text}`;
    first = false;
  }
  yield ']}';
}

export function exportBackup(db: LogDatabase, opts: BackupOptions): Promise<Blob> {
  return toBlob(backupChunks(db, opts), 'application/json');
}
