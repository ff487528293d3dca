/** Overview: tallies of offers by service and outcome, role, setting and period, with charts and tables. */
import { useEffect, useState } from 'preact/hooks';
import type { LogDatabase } from '../../log/db';
import { OUTCOMES, channelLabel, outcomeLabel, roleCategoryLabel as roleLabel, settingCategoryLabel as settingLabel } from '../../log/vocabulary';
import { itemLabel, periodLabel, serviceLabel, useItemTitles, workstationLabel } from './labels';
import { requestPersistence } from '../../log/persist';
import { computeTallies, type Tallies } from '../../log/tallies';
import { BarChart, ColumnChart, FigureTable } from './Charts';
import { defaultFilter, Filters, practiceFilterLabel, usePractices, useWorkstations, type FullFilter } from './Filters';
import './overview.css';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const dateText = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function Overview({ db, now }: { db: LogDatabase; now?: number }) {
  const [filter, setFilter] = useState<FullFilter>(() => defaultFilter(now));
  const [t, setT] = useState<Tallies | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ws = useWorkstations(db);
  const practices = usePractices(db);
  const titles = useItemTitles();
  useEffect(() => {
    void requestPersistence();
  }, []);
  useEffect(() => {
    let live = true;
    computeTallies(db, filter)
      .then((x) => live && (setT(x), setError(null)))
      .catch((e: unknown) => live && setError(`The log could not be read (${(e as Error)?.name ?? 'error'}). Reload the page to try again.`));
    return () => {
      live = false;
    };
  }, [db, filter]);

  const wsText = filter.workstation ? workstationLabel(filter.workstation, ws.names, ws.own) : 'all workstations';
  const per = filter.groupBy === 'week' ? 'week' : 'month';
  const outcomesUsed = t ? OUTCOMES.filter((o) => t.byOutcome.some((x) => x.key === o)) : [];

  return (
    <section aria-labelledby="overview-h" class="overview">
      <h2 id="overview-h">Offers of online services</h2>
      <div class="no-print">
        <Filters idPrefix="ov" value={filter} onChange={setFilter} workstations={ws} practices={practices} />
      </div>
      <p class="print-only">
        Printed {dateText(new Date(now ?? Date.now()).toISOString().slice(0, 10))}.
      </p>
      <p data-testid="range">
        From {dateText(filter.from)} to {dateText(filter.to)}, {wsText}
        {filter.practice ? `, ${practiceFilterLabel(filter.practice, practices)}` : ''}
        {filter.includeTraining ? ', training offers included' : ''}.
      </p>
      {error ? (
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      ) : null}
      {t === null ? (
        <p>Loading…</p>
      ) : (
        <div aria-live="polite">
          <dl class="headline" data-testid="headline">
            <div>
              <dt>Offers</dt>
              <dd data-testid="total">{t.total.toLocaleString('en-GB')}</dd>
            </div>
            <div>
              <dt>Accepted</dt>
              <dd data-testid="accepted">{t.accepted.toLocaleString('en-GB')}</dd>
            </div>
            <div>
              <dt>Share accepted</dt>
              <dd data-testid="share-accepted">{pct(t.shareAccepted)}</dd>
            </div>
          </dl>
          {t.total === 0 ? (
            <p data-testid="no-offers">No offers were recorded in this period.</p>
          ) : (
            <>
              <div class="figure">
                <h3>Offers by service</h3>
                <BarChart
                  title="Offers by service, with accepted"
                  partName="accepted"
                  data={t.byService.map((s) => ({ label: serviceLabel(s.key), value: s.count, part: t.byServiceOutcome.get(s.key)?.get('accepted') ?? 0 }))}
                  testId="chart-service"
                />
                <FigureTable
                  caption="Offers by service and outcome"
                  head={['Service', ...outcomesUsed.map(outcomeLabel), 'All', 'Share accepted']}
                  rows={t.byService.map((s) => {
                    const by = t.byServiceOutcome.get(s.key);
                    return [serviceLabel(s.key), ...outcomesUsed.map((o) => by?.get(o) ?? 0), s.count, pct((by?.get('accepted') ?? 0) / s.count)];
                  })}
                  testId="by-service"
                />
              </div>
              <div class="figure">
                <h3>Offers by {per}</h3>
                <ColumnChart
                  title={`Offers by ${per}, with accepted`}
                  partName="accepted"
                  data={t.byPeriod.map((p) => ({ label: periodLabel(p.period), value: p.total, part: p.accepted }))}
                  testId="chart-period"
                />
                <FigureTable caption={`Offers by ${per}`} head={[per === 'week' ? 'Week' : 'Month', 'Offers', 'Accepted']} rows={t.byPeriod.map((p) => [periodLabel(p.period), p.total, p.accepted])} testId="by-period" />
              </div>
              <div class="figure-pair">
                <div class="figure">
                  <h3>By role</h3>
                  <BarChart title="Offers by role" data={t.byRole.map((r) => ({ label: roleLabel(r.key), value: r.count }))} />
                  <FigureTable caption="Offers by role" head={['Role', 'Offers']} rows={t.byRole.map((r) => [roleLabel(r.key), r.count])} testId="by-role" />
                </div>
                <div class="figure">
                  <h3>By setting</h3>
                  <BarChart title="Offers by setting" data={t.bySetting.map((r) => ({ label: settingLabel(r.key), value: r.count }))} />
                  <FigureTable caption="Offers by setting" head={['Setting', 'Offers']} rows={t.bySetting.map((r) => [settingLabel(r.key), r.count])} testId="by-setting" />
                </div>
              </div>
              <div class="figure">
                <h3>How offers were made</h3>
                <FigureTable caption="Offers by how they were made" head={['How', 'Offers']} rows={t.byChannel.map((r) => [channelLabel(r.key), r.count])} testId="by-channel" />
              </div>
              <div class="figure">
                <h3>Most used texts and prompts</h3>
                {t.topItems.length ? (
                  <FigureTable caption="Most used texts and prompts" head={['Text or prompt', 'Times used']} rows={t.topItems.slice(0, 10).map((r) => [itemLabel(titles, r.key), r.count])} testId="top-items" />
                ) : (
                  <p>No texts or prompts were used in this period.</p>
                )}
              </div>
            </>
          )}
        </div>
      )}
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={() => print()}>
          Print this page
        </button>
      </p>
    </section>
  );
}
