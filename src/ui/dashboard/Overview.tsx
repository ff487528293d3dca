import { useEffect, useState } from 'preact/hooks';
import { SERVICES, type ServiceId } from '../../catalogue/services';
import type { LogDatabase } from '../../log/db';
import { localDay } from '../../log/day';
import { dailyCounts, groupCounts } from '../../log/tallies';

/** Overview: offers by service over the last 30 days. */
export function Overview({ db, now = Date.now() }: { db: LogDatabase; now?: number }) {
  const [rows, setRows] = useState<{ key: string; count: number }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const to = localDay(now);
  const from = localDay(now - 29 * 86_400_000);
  useEffect(() => {
    dailyCounts(db, { from, to })
      .then((r) => setRows(groupCounts(r, (x) => x.service)))
      .catch((e: unknown) => setError(`The log could not be read: ${(e as Error)?.message ?? e}`));
  }, [db, from, to]);
  const total = rows?.reduce((s, r) => s + r.count, 0) ?? 0;
  return (
    <section aria-labelledby="overview-h">
        <h2 id="overview-h">Offers in the last 30 days</h2>
        <p>
          From {from} to {to}, this workstation’s log.
        </p>
        {error ? <p role="alert" class="notice notice--error">{error}</p> : null}
        {rows === null ? (
          <p>Loading…</p>
        ) : rows.length === 0 ? (
          <p data-testid="no-offers">No offers recorded yet.</p>
        ) : (
          <table data-testid="by-service">
            <caption class="visually-hidden">Offers by service</caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col" class="num">Offers</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{SERVICES[r.key as ServiceId]?.name ?? r.key}</th>
                  <td class="num">{r.count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All services</th>
                <td class="num">{total}</td>
              </tr>
            </tfoot>
          </table>
        )}
    </section>
  );
}
