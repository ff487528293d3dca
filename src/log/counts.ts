/**
 * Kept counts: for every day, week and month, per practice, workstation and training flag, the
 * number of live offers by service, role, setting, outcome, item and channel. Every write to `offers`
 * adjusts them in the same transaction (see applyDeltas), so tallies never read the offers.
 */
import type { EntityTable } from 'dexie';
import { practiceOf } from './practice';
import type { AllKind, CountRow, Offer, PeriodKind } from './types';

/**
 * The tables counts are kept in. Structural (not the LogDatabase class), so that db.ts can use
 * this module for its own upgrade without an import circle (design review, problem 4).
 */
export interface CountTables {
  offers: EntityTable<Offer, 'id'>;
  counts: EntityTable<CountRow, 'key'>;
  transaction: LogTransaction;
}
type LogTransaction = <T>(mode: 'rw', a: EntityTable<Offer, 'id'>, b: EntityTable<CountRow, 'key'>, scope: () => Promise<T>) => Promise<T>;

type Countable = Pick<Offer, 'day' | 'service' | 'item' | 'channel' | 'role' | 'setting' | 'outcome' | 'workstation' | 'training' | 'practice'>;

/** The Monday "YYYY-MM-DD" of the week that holds `day` ("YYYY-MM-DD"). */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** "YYYY-MM" of `day`. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function periodOf(kind: PeriodKind | AllKind, day: string): string {
  return kind === 'd' || kind === 'D' ? day : kind === 'w' || kind === 'W' ? weekOf(day) : monthOf(day);
}

/** The workstation of a practice's rows that add up all its workstations. Never a real workstation id. */
export const ALL_WORKSTATIONS = '*';

/** The kind of a practice's all-workstations rows for a period kind. */
export function allKind(kind: PeriodKind): AllKind {
  return kind === 'd' ? 'D' : kind === 'w' ? 'W' : 'M';
}

/** Adds `n` days to a "YYYY-MM-DD" day. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** First and last day ("YYYY-MM-DD") of a week or month period. */
export function periodBounds(kind: 'w' | 'm', period: string): { start: string; end: string } {
  if (kind === 'w') return { start: period, end: addDays(period, 6) };
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${period}-01`, end: `${period}-${String(last).padStart(2, '0')}` };
}

/** A count row's key. Since version 3 it ends with the practice ('' when not recorded). */
export function countRowKey(kind: PeriodKind | AllKind, period: string, workstation: string, training: 0 | 1, practice = ''): string {
  return `${kind}|${period}|${workstation}|${training}|${practice}`;
}

/** The parts of a count row's key, read without reading the row itself (keys come from the index alone). */
export function splitRowKey(key: string): { kind: string; period: string; workstation: string; training: string; practice: string } {
  const [kind = '', period = '', workstation = '', training = '', practice = ''] = key.split('|');
  return { kind, period, workstation, training, practice };
}

export function cellKey(o: Pick<Offer, 'service' | 'role' | 'setting' | 'outcome'>): string {
  return `${o.service}|${o.role}|${o.setting}|${o.outcome}`;
}

export function splitCell(key: string): { service: string; role: string; setting: string; outcome: string } {
  const [service = '', role = '', setting = '', outcome = ''] = key.split('|');
  return { service, role, setting, outcome };
}

function bumpMap(m: Map<string, number>, k: string, n: number): void {
  const v = (m.get(k) ?? 0) + n;
  if (v === 0) m.delete(k);
  else m.set(k, v);
}

/** Changes to count rows, gathered in memory and written once with applyDeltas. */
export type Deltas = Map<string, CountRow>;

/**
 * Add (sign 1) or take away (sign -1) one live offer's contribution to the day, week and month rows
 * of its workstation, and to its practice's all-workstations rows.
 */
export function addToDeltas(deltas: Deltas, o: Countable, sign: 1 | -1): void {
  const practice = practiceOf(o);
  const cell = cellKey(o);
  for (const kind of ['d', 'w', 'm', 'D', 'W', 'M'] as const) {
    const period = periodOf(kind, o.day);
    const workstation = kind === 'd' || kind === 'w' || kind === 'm' ? o.workstation : ALL_WORKSTATIONS;
    const key = countRowKey(kind, period, workstation, o.training, practice);
    let row = deltas.get(key);
    if (!row) {
      row = { key, kind, period, workstation, training: o.training, practice, total: 0, cells: new Map(), items: new Map(), channels: new Map() };
      deltas.set(key, row);
    }
    row.total += sign;
    bumpMap(row.cells, cell, sign);
    bumpMap(row.items, o.item, sign);
    bumpMap(row.channels, o.channel, sign);
  }
}

/** Write gathered changes to the count rows. Call inside a transaction that includes `counts`. */
export async function applyDeltas(db: Pick<CountTables, 'counts'>, deltas: Deltas): Promise<void> {
  if (deltas.size === 0) return;
  const keys = [...deltas.keys()];
  const existing = await db.counts.bulkGet(keys);
  const puts: CountRow[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const d = deltas.get(key)!;
    const row = existing[i] ?? { ...d, total: 0, cells: new Map(), items: new Map(), channels: new Map() };
    row.total += d.total;
    for (const [k, n] of d.cells) bumpMap(row.cells, k, n);
    for (const [k, n] of d.items) bumpMap(row.items, k, n);
    for (const [k, n] of d.channels) bumpMap(row.channels, k, n);
    if (row.total <= 0) deletes.push(key);
    else puts.push(row);
  });
  if (puts.length) await db.counts.bulkPut(puts);
  if (deletes.length) await db.counts.bulkDelete(deletes);
}

/** The count rows of every live offer in `offers` (read with `each`, never all at once). */
export async function countsFrom(offers: { each(cb: (o: Offer) => void): Promise<unknown> }): Promise<CountRow[]> {
  const deltas: Deltas = new Map();
  await offers.each((o) => {
    if (!o.deleted) addToDeltas(deltas, o, 1);
  });
  return [...deltas.values()].filter((r) => r.total > 0);
}

/** Recompute every count from the offers (live offers only), in one transaction. */
export async function rebuildCounts(db: CountTables): Promise<void> {
  await db.transaction('rw', db.offers, db.counts, async () => {
    const rows = await countsFrom(db.offers);
    await db.counts.clear();
    await db.counts.bulkPut(rows);
  });
}
