/**
 * Adoption trends for the manager: per period (week or month), how many offers were made and what
 * share of them were accepted, met a patient who already uses the service, or met one who needs
 * support; overall and by service, role, setting and practice. Read from the kept count rows (as
 * the tallies are), never from the offers, so it stays fast at a million offers.
 */
import { splitCell } from './counts';
import { csvRow, BOM } from './csv';
import type { LogDatabase } from './db';
import { countRowsFor, periodsBetween, type TallyFilter } from './tallies';

export interface TrendFilter extends TallyFilter {
  /** Only these services; every service when left out or empty. */
  services?: readonly string[];
  /** Only this role or setting; all when left out or ''. */
  role?: string;
  setting?: string;
}

/** The figures the trends follow. Shares are worked out from these (see share). */
export interface Figures {
  offers: number;
  accepted: number;
  alreadyUses: number;
  needsSupport: number;
}

export type ShareOf = 'accepted' | 'alreadyUses' | 'needsSupport';

/** One line of a breakdown: its key (a service, role, setting or practice) with its figures overall and per period. */
export interface Series {
  key: string;
  total: Figures;
  byPeriod: Figures[];
}

export interface Trends {
  filter: Required<Omit<TrendFilter, 'services'>> & { services: readonly string[] };
  /** Every period in the range, oldest first (weeks start on Monday). */
  periods: string[];
  total: Figures;
  byPeriod: Figures[];
  /** Each breakdown is sorted by offers, most first. */
  byService: Series[];
  byRole: Series[];
  bySetting: Series[];
  /** By practice: ODS code, or '' for offers with no practice recorded. */
  byPractice: Series[];
}

export const noFigures = (): Figures => ({ offers: 0, accepted: 0, alreadyUses: 0, needsSupport: 0 });

/** The share (0 to 1) of offers with this outcome, or null when there were no offers. */
export function share(f: Figures, of: ShareOf): number | null {
  return f.offers ? f[of] / f.offers : null;
}

type Cell = ReturnType<typeof splitCell>;

/** Which figure an outcome adds to besides offers: 0 none, 1 accepted, 2 already uses, 3 needs support. */
function outcomeKind(outcome: string): 0 | 1 | 2 | 3 {
  return outcome === 'accepted' ? 1 : outcome === 'already-uses' ? 2 : outcome === 'needs-support' ? 3 : 0;
}

function addKind(f: Figures, kind: 0 | 1 | 2 | 3, n: number): void {
  f.offers += n;
  if (kind === 1) f.accepted += n;
  else if (kind === 2) f.alreadyUses += n;
  else if (kind === 3) f.needsSupport += n;
}

/** Adoption trends for the filter, from the kept counts. */
export async function computeTrends(db: LogDatabase, filter: TrendFilter): Promise<Trends> {
  const f: Trends['filter'] = { workstation: '', includeTraining: false, groupBy: 'month', practice: '', role: '', setting: '', ...filter, services: filter.services ?? [] };
  const periods = periodsBetween(f.groupBy, f.from, f.to);
  const P = periods.length;
  const index = new Map(periods.map((p, i) => [p, i]));
  const found = await countRowsFor(db, f);
  const services = f.services.length ? new Set(f.services) : null;

  // First pass (the many rows): add each cell's count into one small array per cell and period,
  // whatever the practice (workstations and practices fold together here; a cell key is split
  // only once), and each practice's figures per period.
  const cellIds = new Map<string, number>();
  const cells: (Cell | null)[] = [];
  const kinds: (0 | 1 | 2 | 3)[] = [];
  const acc: (Float64Array | undefined)[] = [];
  const groups = { service: new Map<string, Series>(), role: new Map<string, Series>(), setting: new Map<string, Series>(), practice: new Map<string, Series>() };
  const seriesOf = (m: Map<string, Series>, key: string) => {
    let s = m.get(key);
    if (!s) m.set(key, (s = { key, total: noFigures(), byPeriod: periods.map(noFigures) }));
    return s;
  };
  for (const { row, period } of found) {
    const i = index.get(period);
    if (i === undefined) continue;
    const practice = seriesOf(groups.practice, row.practice ?? '');
    const practiceTotal = practice.total;
    const practicePeriod = practice.byPeriod[i]!;
    for (const [k, n] of row.cells) {
      let id = cellIds.get(k);
      if (id === undefined) {
        const c = splitCell(k);
        id = cells.length;
        cells.push((!services || services.has(c.service)) && (!f.role || c.role === f.role) && (!f.setting || c.setting === f.setting) ? c : null);
        kinds.push(outcomeKind(c.outcome));
        cellIds.set(k, id);
      }
      if (cells[id] === null) continue;
      let a = acc[id];
      if (!a) acc[id] = a = new Float64Array(P);
      a[i]! += n;
      const kind = kinds[id]!;
      addKind(practiceTotal, kind, n);
      addKind(practicePeriod, kind, n);
    }
  }

  // Second pass (at most a few hundred cells): each cell and period with offers, into the breakdowns.
  const total = noFigures();
  const byPeriod = periods.map(noFigures);
  acc.forEach((a, id) => {
    if (!a) return;
    const c = cells[id]!;
    const kind = kinds[id]!;
    const targets = [seriesOf(groups.service, c.service), seriesOf(groups.role, c.role), seriesOf(groups.setting, c.setting)];
    for (let i = 0; i < P; i++) {
      const n = a[i]!;
      if (!n) continue;
      addKind(total, kind, n);
      addKind(byPeriod[i]!, kind, n);
      for (const s of targets) {
        addKind(s.total, kind, n);
        addKind(s.byPeriod[i]!, kind, n);
      }
    }
  });
  const sorted = (m: Map<string, Series>) => [...m.values()].filter((s) => s.total.offers > 0).sort((a, b) => b.total.offers - a.total.offers || (a.key < b.key ? -1 : 1));
  return { filter: f, periods, total, byPeriod, byService: sorted(groups.service), byRole: sorted(groups.role), bySetting: sorted(groups.setting), byPractice: sorted(groups.practice) };
}

/** The figures for one range of days (a campaign's period), from the kept counts. */
export async function figuresFor(db: LogDatabase, filter: TrendFilter): Promise<Figures> {
  return (await computeTrends(db, { ...filter, groupBy: 'week' })).total;
}

export const TREND_COLUMNS = ['period', 'breakdown', 'key', 'offers', 'accepted', 'already_uses', 'needs_support', 'share_accepted', 'share_already_uses', 'share_needs_support'] as const;

const ratio = (x: number | null) => (x === null ? '' : Math.round(x * 1000) / 1000);

/**
 * The trends as tidy CSV: one row per period and breakdown ("all", "service", "role", "setting",
 * "practice"), with counts and shares (0 to 1, three decimals; empty when there were no offers).
 */
export function trendsCsv(t: Trends): string {
  let out = BOM + csvRow(TREND_COLUMNS);
  const line = (period: string, breakdown: string, key: string, f: Figures) =>
    csvRow([period, breakdown, key, f.offers, f.accepted, f.alreadyUses, f.needsSupport, ratio(share(f, 'accepted')), ratio(share(f, 'alreadyUses')), ratio(share(f, 'needsSupport'))]);
  t.periods.forEach((p, i) => {
    out += line(p, 'all', '', t.byPeriod[i]!);
    for (const [name, list] of [['service', t.byService], ['role', t.byRole], ['setting', t.bySetting], ['practice', t.byPractice]] as const) {
      for (const s of list) if (s.byPeriod[i]!.offers) out += line(p, name, s.key, s.byPeriod[i]!);
    }
  });
  return out;
}
