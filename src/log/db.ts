import Dexie, { type EntityTable } from 'dexie';
import type { DailyCount, Offer } from './types';

export const DB_NAME = 'nudge-log';

/** The offer log, in the extension's own origin. Opened only by extension pages and the background. */
export class LogDatabase extends Dexie {
  offers!: EntityTable<Offer, 'id'>;
  daily!: EntityTable<DailyCount, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      offers: 'id, day, time, updated, workstation',
      daily: 'key, day, [workstation+day]',
    });
    // Another page upgraded the schema: stop using the old one and reload with the new code.
    this.on('versionchange', () => {
      this.close();
      if (typeof location !== 'undefined' && typeof location.reload === 'function') location.reload();
      return false;
    });
  }
}
