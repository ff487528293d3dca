import Dexie, { type EntityTable } from 'dexie';
import { countsFrom } from './counts';
import type { Campaign, CountRow, MergedFile, Offer, WorkstationRecord } from './types';

export const DB_NAME = 'nudge-log';

/**
 * The schema of every version, oldest first. A new version adds an entry here and an upgrade;
 * tests/unit/log-upgrade.test.ts opens a database made by every earlier version with the new code.
 */
export const SCHEMAS = {
  1: { offers: 'id, day, time, updated, workstation', daily: 'key, day, [workstation+day]' },
  // Version 2: day, week and month count rows (fast tallies at a million offers) replace the
  // detailed daily rows; the offers keep only their primary key: every index doubles the cost of
  // each write and import, and tallies, exports and retention never need one.
  2: { offers: 'id', daily: null, counts: 'key, [kind+period]' },
  // Version 3: offers carry their practice (ODS code) and count rows are kept per practice too
  // (their key gains the practice); campaigns, what backup files said about each workstation, and
  // the backup files a folder merge has merged (so a folder merged again reads only new files).
  // Offers are not touched: those recorded before have no practice ("not recorded").
  3: { offers: 'id', counts: 'key, [kind+period]', campaigns: 'id', workstations: 'id', files: 'key' },
} as const;

/** The offer log, in the extension's own origin. Opened only by extension pages and the background. */
export class LogDatabase extends Dexie {
  offers!: EntityTable<Offer, 'id'>;
  counts!: EntityTable<CountRow, 'key'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  workstations!: EntityTable<WorkstationRecord, 'id'>;
  files!: EntityTable<MergedFile, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]);
    // Version 2 built count rows from the offers; version 3 builds them again (with the practice
    // in their key), so a database still at version 1 builds them once, at version 3.
    this.version(2).stores(SCHEMAS[2]);
    this.version(3)
      .stores(SCHEMAS[3])
      .upgrade(async (tx) => {
        // Counts are derived data: build them again from every offer (no offer is touched).
        const counts = tx.table<CountRow>('counts');
        await counts.clear();
        await counts.bulkPut(await countsFrom(tx.table<Offer>('offers')));
      });
    // Another page upgraded the schema: stop using the old one and reload with the new code.
    this.on('versionchange', () => {
      this.close();
      if (typeof location !== 'undefined' && typeof location.reload === 'function') location.reload();
      return false;
    });
  }
}
