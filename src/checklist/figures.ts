/**
 * What the dashboard's figures say about one service, beside its checklist: offers over the last 3
 * months and the share accepted, already using it, and needing support (training offers left out),
 * from the kept tallies (src/log/tallies.ts).
 */
import type { ServiceId } from '../catalogue/services';
import type { LogDatabase } from '../log/db';
import { computeTallies } from '../log/tallies';

export const FIGURE_MONTHS = 3;

export interface ServiceFigures {
  from: string;
  to: string;
  offers: number;
  accepted: number;
  alreadyUses: number;
  needsSupport: number;
}

/** The first day of the last `months` months up to `today` ("2026-12-01" → "2026-09-02"). */
export function monthsBefore(today: string, months = FIGURE_MONTHS): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 1 - months, d + 1));
  // Day-of-month overflow (31 May minus 3 months) lands in the next month: that is still "3 months back".
  return back.toISOString().slice(0, 10);
}

export async function serviceFigures(db: LogDatabase, service: ServiceId, today: string): Promise<ServiceFigures> {
  const from = monthsBefore(today);
  const t = await computeTallies(db, { from, to: today, groupBy: 'month' });
  const by = t.byServiceOutcome.get(service);
  const offers = t.byService.find((s) => s.key === service)?.count ?? 0;
  return { from, to: today, offers, accepted: by?.get('accepted') ?? 0, alreadyUses: by?.get('already-uses') ?? 0, needsSupport: by?.get('needs-support') ?? 0 };
}

/** "40%" of `n` in `total`, or "none" when there were no offers. */
export function share(n: number, total: number): string {
  return total ? `${Math.round((n / total) * 100)}%` : 'none';
}
