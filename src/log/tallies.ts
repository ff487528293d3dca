import type { LogDatabase } from './db';
import type { DailyCount } from './types';

export interface TallyFilter {
  from: string; // "YYYY-MM-DD", inclusive
  to: string; // inclusive
  workstation?: string;
  includeTraining?: boolean;
}

/** Daily counts in the range, from the kept counts (never from the offers themselves). */
export async function dailyCounts(db: LogDatabase, f: TallyFilter): Promise<DailyCount[]> {
  const rows = await db.daily.where('day').between(f.from, f.to, true, true).toArray();
  return rows.filter((r) => (f.includeTraining || !r.training) && (!f.workstation || r.workstation === f.workstation));
}

/** Sum counts grouped by `key(row)`, largest first. */
export function groupCounts(rows: readonly DailyCount[], key: (r: DailyCount) => string): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.count);
  return [...m.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
