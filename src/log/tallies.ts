/**
 * Tallies for the manager's dashboard, read from the kept count rows (never from the offers): a
 * range of whole weeks or months reads one row per period, workstation and training flag, and
 * only the part weeks or months at the ends of the range read day rows.
 */
import type { LogDatabase } from './db';
import { allKind, periodBounds, periodOf, splitCell, splitRowKey, addDays } from './counts';
import { PRACTICE_NOT_RECORDED } from './practice';
import type { AllKind, CountRow, PeriodKind } from './types';

export type Grouping = 'week' | 'month';

export interface TallyFilter {
  from: string; // "YYYY-MM-DD", inclusive
  to: string; // inclusive
  /** Only this workstation's offers; all workstations when left out or ''. */
  workstation?: string;
  includeTraining?: boolean;
  groupBy?: Grouping;
  /** Only this practice's offers (ODS code), or PRACTICE_NOT_RECORDED for offers without one; all when left out or ''. */
  practice?: string;
}

export interface Count {
  key: string;
  count: number;
}

export interface TidyRow {
  period: string;
  service: string;
  role: string;
  setting: string;
  outcome: string;
  count: number;
  /** ODS code, '' when not recorded. */
  practice: string;
}

export interface Tallies {
  filter: Required<TallyFilter>;
  total: number;
  accepted: number;
  /** accepted / total, or 0 when there are no offers. */
  shareAccepted: number;
  byService: Count[];
  /** Service → outcome → count. */
  byServiceOutcome: Map<string, Map<string, number>>;
  byOutcome: Count[];
  byRole: Count[];
  bySetting: Count[];
  byChannel: Count[];
  /** By practice (ODS code, '' for not recorded), most first. */
  byPractice: Count[];
  /** Every period in the range, oldest first, with its total and accepted offers (0 when none). */
  byPeriod: { period: string; total: number; accepted: number }[];
  /** Most used templates and prompts (item ids), most first. */
  topItems: Count[];
  /** Tidy rows: period, service, role, setting, outcome, count (periods oldest first). */
  rows: TidyRow[];
}

function kindOf(g: Grouping): 'w' | 'm' {
  return g === 'week' ? 'w' : 'm';
}

function nextPeriod(kind: 'w' | 'm', p: string): string {
  return periodOf(kind, addDays(periodBounds(kind, p).end, 1));
}
function prevPeriod(kind: 'w' | 'm', p: string): string {
  return periodOf(kind, addDays(periodBounds(kind, p).start, -1));
}

async function rowsBetween(db: LogDatabase, kind: PeriodKind | AllKind, from: string, to: string): Promise<CountRow[]> {
  if (from > to) return [];
  return db.counts.where('[kind+period]').between([kind, from], [kind, to], true, true).toArray();
}

/**
 * The count rows that together cover exactly the days from..to, each with the period it belongs to.
 * For every workstation, the practices' all-workstations rows (a few); for one, its own rows.
 */
export async function countRowsFor(db: LogDatabase, f: TallyFilter): Promise<{ row: CountRow; period: string }[]> {
  const kind = kindOf(f.groupBy ?? 'month');
  if (f.from > f.to) return [];
  const one = !!f.workstation;
  const k = (x: PeriodKind) => (one ? x : allKind(x));
  const pFrom = periodOf(kind, f.from);
  const pTo = periodOf(kind, f.to);
  const headWhole = periodBounds(kind, pFrom).start === f.from;
  const tailWhole = periodBounds(kind, pTo).end === f.to;
  const parts: Promise<CountRow[]>[] = [];
  if (pFrom === pTo) {
    parts.push(headWhole && tailWhole ? rowsBetween(db, k(kind), pFrom, pFrom) : rowsBetween(db, k('d'), f.from, f.to));
  } else {
    if (!headWhole) parts.push(rowsBetween(db, k('d'), f.from, periodBounds(kind, pFrom).end));
    if (!tailWhole) parts.push(rowsBetween(db, k('d'), periodBounds(kind, pTo).start, f.to));
    const first = headWhole ? pFrom : nextPeriod(kind, pFrom);
    const last = tailWhole ? pTo : prevPeriod(kind, pTo);
    parts.push(rowsBetween(db, k(kind), first, last));
  }
  const rows = (await Promise.all(parts)).flat();
  const practice = f.practice === PRACTICE_NOT_RECORDED ? '' : f.practice;
  return rows
    .filter((r) => (f.includeTraining || !r.training) && (!one || r.workstation === f.workstation) && (!f.practice || (r.practice ?? '') === practice))
    .map((row) => ({ row, period: row.kind === 'd' || row.kind === 'D' ? periodOf(kind, row.period) : row.period }));
}

function add(m: Map<string, number>, k: string, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

function sorted(m: Map<string, number>): Count[] {
  return [...m.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every period label of `kind` from..to, oldest first. */
export function periodsBetween(grouping: Grouping, from: string, to: string): string[] {
  const kind = kindOf(grouping);
  const out: string[] = [];
  if (from > to) return out;
  for (let p = periodOf(kind, from), last = periodOf(kind, to); p <= last && out.length < 10_000; p = nextPeriod(kind, p)) out.push(p);
  return out;
}

/** Tallies for the filter, from the kept counts. */
export async function computeTallies(db: LogDatabase, filter: TallyFilter): Promise<Tallies> {
  const f: Required<TallyFilter> = { workstation: '', includeTraining: false, groupBy: 'month', practice: '', ...filter };
  const found = await countRowsFor(db, f);
  const service = new Map<string, number>();
  const serviceOutcome = new Map<string, Map<string, number>>();
  const outcome = new Map<string, number>();
  const role = new Map<string, number>();
  const setting = new Map<string, number>();
  const channel = new Map<string, number>();
  const practices = new Map<string, number>();
  const items = new Map<string, number>();
  const periodTotals = new Map<string, { total: number; accepted: number }>();
  const tidy = new Map<string, number>();
  let total = 0;
  let accepted = 0;
  for (const { row, period } of found) {
    total += row.total;
    const rowPractice = row.practice ?? '';
    add(practices, rowPractice, row.total);
    let pt = periodTotals.get(period);
    if (!pt) periodTotals.set(period, (pt = { total: 0, accepted: 0 }));
    pt.total += row.total;
    for (const [k, n] of row.cells) {
      const c = splitCell(k);
      add(service, c.service, n);
      let so = serviceOutcome.get(c.service);
      if (!so) serviceOutcome.set(c.service, (so = new Map()));
      add(so, c.outcome, n);
      add(outcome, c.outcome, n);
      add(role, c.role, n);
      add(setting, c.setting, n);
      add(tidy, `${period}|${k}|${rowPractice}`, n);
      if (c.outcome === 'accepted') {
        accepted += n;
        pt.accepted += n;
      }
    }
    for (const [k, n] of row.items) if (k) add(items, k, n);
    for (const [k, n] of row.channels) add(channel, k, n);
  }
  const rows: TidyRow[] = [...tidy.entries()]
    .map(([k, count]) => {
      const [period = '', service = '', role = '', setting = '', outcome = '', practice = ''] = k.split('|');
      return { period, service, role, setting, outcome, count, practice };
    })
    .sort(
      (a, b) => cmp(a.period, b.period) || cmp(a.service, b.service) || cmp(a.role, b.role) || cmp(a.setting, b.setting) || cmp(a.outcome, b.outcome) || cmp(a.practice, b.practice),
    );
  return {
    filter: f,
    total,
    accepted,
    shareAccepted: total ? accepted / total : 0,
    byService: sorted(service),
    byServiceOutcome: serviceOutcome,
    byOutcome: sorted(outcome),
    byRole: sorted(role),
    bySetting: sorted(setting),
    byChannel: sorted(channel),
    byPractice: sorted(practices),
    byPeriod: periodsBetween(f.groupBy, f.from, f.to).map((period) => ({ period, ...(periodTotals.get(period) ?? { total: 0, accepted: 0 }) })),
    topItems: sorted(items),
    rows,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every workstation that has offers in the log (from the month rows), sorted. */
export async function knownWorkstations(db: LogDatabase): Promise<string[]> {
  const set = new Set<string>();
  for (const key of (await db.counts.where('[kind+period]').between(['m', ''], ['m', '\uffff']).primaryKeys()) as string[]) set.add(splitRowKey(key).workstation);
  return [...set].sort();
}

/**
 * Every practice that has offers in the log (ODS codes from the month rows; '' when some offers
 * have none recorded), and the practices' names the backup files gave, newest file first.
 */
export async function knownPractices(db: LogDatabase): Promise<{ codes: string[]; names: Map<string, string> }> {
  const set = new Set<string>();
  for (const key of (await db.counts.where('[kind+period]').between(['M', ''], ['M', '\uffff']).primaryKeys()) as string[]) set.add(splitRowKey(key).practice);
  const names = new Map<string, string>();
  const records = (await db.workstations.toArray()).sort((a, b) => b.lastFile - a.lastFile);
  for (const w of records) if (w.practice && w.practiceName && !names.has(w.practice)) names.set(w.practice, w.practiceName);
  return { codes: [...set].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1)), names };
}
