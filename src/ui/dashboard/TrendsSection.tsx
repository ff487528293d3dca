/**
 * Adoption trends: is promotion working? Per week or month, the offers made and the share accepted,
 * the share who already use the service (rising over time is the sign that patients have moved
 * online) and the share who need support (where digital-skills help is needed); by service, role,
 * setting and practice. A chart with every number in a table, and a print layout that fits one A4
 * landscape page for a practice meeting. Staff do nothing new: this reads the offers they record.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LogDatabase } from '../../log/db';
import { periodLabel, practiceLabel, serviceLabel, workstationLabel } from './labels';
import { roleCategoryLabel as roleLabel, settingCategoryLabel as settingLabel } from '../../log/vocabulary';
import { computeTrends, share, trendsCsv, type Figures, type Series, type ShareOf, type Trends } from '../../log/trends';
import { ServiceOptions } from '../ServiceOptions';
import { BarChart } from './Charts';
import { defaultFilter, Filters, practiceFilterLabel, usePractices, useWorkstations, type FullFilter } from './Filters';
import { ShareLineChart } from './TrendChart';
import { saveFile } from './save-file';
import './overview.css';
import './trends.css';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** The most periods the one-page print layout holds (24 months, or half a year of weeks). */
export const PRINT_PERIODS = 26;
const n = (x: number) => x.toLocaleString('en-GB');
const dateText = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "45% (9)": the share and how many it is; a dash when there were no offers. */
function ShareCell({ f, of }: { f: Figures; of: ShareOf }) {
  const s = share(f, of);
  if (s === null)
    return (
      <td class="num">
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">no offers</span>
      </td>
    );
  return (
    <td class="num">
      {pct(s)} <span class="trend-count">({n(f[of])})</span>
    </td>
  );
}

const FIGURES: { of: ShareOf; name: string }[] = [
  { of: 'accepted', name: 'Accepted' },
  { of: 'alreadyUses', name: 'Already use it' },
  { of: 'needsSupport', name: 'Need support' },
];

/** The first and last periods with offers, for "from … to …". */
function firstLast(s: Series | { byPeriod: Figures[] }, of: ShareOf): [number, number] | null {
  const known = s.byPeriod.map((f) => share(f, of)).filter((x): x is number => x !== null);
  return known.length >= 2 ? [known[0]!, known[known.length - 1]!] : null;
}

function ChangeCell({ s, of }: { s: Series; of: ShareOf }) {
  const fl = firstLast(s, of);
  if (!fl) return <td class="num">Not enough periods</td>;
  const points = Math.round((fl[1] - fl[0]) * 100);
  const size = Math.abs(points) === 1 ? 'point' : 'points';
  return (
    <td class="num change">
      {pct(fl[0])} to {pct(fl[1])} <span class="trend-count">({points > 0 ? `up ${points} ${size}` : points < 0 ? `down ${-points} ${size}` : 'no change'})</span>
    </td>
  );
}

function BreakdownTable({ caption, head, list, label, testId, change, per }: { caption: string; head: string; list: Series[]; label: (k: string) => string; testId: string; change?: boolean; per: string }) {
  return (
    <table data-testid={testId} class="trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" class="num">
            Offers
          </th>
          {FIGURES.map((f) => (
            <th key={f.of} scope="col" class="num">
              {f.name}
            </th>
          ))}
          {change ? (
            <th scope="col" class="num">
              Already use it, first to last {per}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {list.map((s) => (
          <tr key={s.key}>
            <th scope="row">{label(s.key)}</th>
            <td class="num">{n(s.total.offers)}</td>
            {FIGURES.map((f) => (
              <ShareCell key={f.of} f={s.total} of={f.of} />
            ))}
            {change ? <ChangeCell s={s} of="alreadyUses" /> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TrendsSection({ db, now }: { db: LogDatabase; now?: number }) {
  const [filter, setFilter] = useState<FullFilter>(() => defaultFilter(now));
  const [service, setService] = useState('');
  const [role, setRole] = useState('');
  const [setting, setSetting] = useState('');
  const [t, setT] = useState<Trends | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ws = useWorkstations(db);
  const practices = usePractices(db);

  useEffect(() => {
    let live = true;
    setT(null);
    computeTrends(db, { ...filter, services: service ? [service] : [], role, setting })
      .then((x) => live && (setT(x), setError(null)))
      .catch((e: unknown) => live && setError(`The log could not be read (${(e as Error)?.name ?? 'error'}). Reload the page to try again.`));
    return () => {
      live = false;
    };
  }, [db, filter, service, role, setting]);

  const per = filter.groupBy === 'week' ? 'week' : 'month';
  const labels = t ? t.periods.map(periodLabel) : [];
  const practiceName = (k: string) => practiceLabel(k, practices.names);
  // Side by side in a fixed order: by ODS code, offers with no practice recorded last.
  const byPractice = t ? [...t.byPractice].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key < b.key ? -1 : 1)) : [];
  const focus = [service ? serviceLabel(service) : '', role ? roleLabel(role) : '', setting ? settingLabel(setting) : ''].filter(Boolean);
  const scope = [
    filter.workstation ? workstationLabel(filter.workstation, ws.names, ws.own) : 'all workstations',
    practiceFilterLabel(filter.practice, practices),
    ...(focus.length ? [`only ${focus.join(', ')}`] : []),
    ...(filter.includeTraining ? ['training offers included'] : []),
  ].join(', ');

  return (
    <section aria-labelledby="trends-h" class="trends" aria-busy={t === null && !error ? 'true' : undefined}>
      <h2 id="trends-h">Adoption trends</h2>
      <p class="no-print">
        Is promotion working? For each {per}: how many offers staff made, and what share of patients accepted, already use the service, or need
        support to get online. A rising share who already use it means patients are moving online.
      </p>
      <div class="no-print">
        <Filters idPrefix="tr" value={filter} onChange={setFilter} workstations={ws} practices={practices} />
        <fieldset class="filters">
          <legend>Focus on</legend>
          <div class="filters-row">
            <div class="field">
              <label for="tr-service">Service</label>
              <select id="tr-service" value={service} onChange={(e) => setService(e.currentTarget.value)}>
                <option value="">All services</option>
                <ServiceOptions />
              </select>
            </div>
            <div class="field">
              <label for="tr-role">Role</label>
              <select id="tr-role" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
                <option value="">All roles</option>
                {['receptionist', 'clinician', 'manager'].map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="tr-setting">Setting</label>
              <select id="tr-setting" value={setting} onChange={(e) => setSetting(e.currentTarget.value)}>
                <option value="">All settings</option>
                {['consultation', 'phone', 'front-desk', 'registration', 'other'].map((s) => (
                  <option key={s} value={s}>
                    {settingLabel(s)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
      </div>
      <p data-testid="trends-range" class="trends-range">
        From {dateText(filter.from)} to {dateText(filter.to)}, {scope}.<span class="print-only"> Printed {dateText(new Date(now ?? Date.now()).toISOString().slice(0, 10))} from Nudge.</span>
      </p>
      {error ? (
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      ) : null}
      {t && t.periods.length > PRINT_PERIODS ? (
        <p class="notice" data-testid="trends-print-note">
          {t.periods.length} {per}s do not fit on one printed page: for a practice meeting, choose at most {PRINT_PERIODS} {per}s (such as the last 12
          months by month, or the last 13 weeks by week), or download the trends as CSV.
        </p>
      ) : null}
      {t === null ? (
        error ? null : <p>Loading…</p>
      ) : t.total.offers === 0 ? (
        <p data-testid="trends-none">No offers were recorded in this period.</p>
      ) : (
        <div class="trends-grid" aria-live="polite">
          <div class="trends-a">
            <dl class="headline headline--trends" data-testid="trends-headline">
              <div>
                <dt>Offers</dt>
                <dd data-testid="trends-offers">{n(t.total.offers)}</dd>
              </div>
              {FIGURES.map((f) => (
                <div key={f.of}>
                  <dt>{f.name}</dt>
                  <dd data-testid={`trends-${f.of}`}>{pct(share(t.total, f.of) ?? 0)}</dd>
                </div>
              ))}
            </dl>
            <div class="figure">
              <h3>Shares of offers by {per}</h3>
              <ShareLineChart
                title={`Shares of offers by ${per}`}
                labels={labels}
                lines={[
                  { name: 'Accepted', mark: 'circle', values: t.byPeriod.map((f) => share(f, 'accepted')) },
                  { name: 'Already use it', mark: 'square', values: t.byPeriod.map((f) => share(f, 'alreadyUses')) },
                  { name: 'Need support', mark: 'triangle', values: t.byPeriod.map((f) => share(f, 'needsSupport')) },
                ]}
                testId="trends-chart"
              />
            </div>
          </div>
          <div class="trends-periods">
            <table data-testid="trends-by-period" class="trend-table">
              <caption>Offers and shares by {per}</caption>
              <thead>
                <tr>
                  <th scope="col">{per === 'week' ? 'Week' : 'Month'}</th>
                  <th scope="col" class="num">
                    Offers
                  </th>
                  {FIGURES.map((f) => (
                    <th key={f.of} scope="col" class="num">
                      {f.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.periods.map((p, i) => (
                  <tr key={p}>
                    <th scope="row">{labels[i]}</th>
                    <td class="num">{n(t.byPeriod[i]!.offers)}</td>
                    {FIGURES.map((f) => (
                      <ShareCell key={f.of} f={t.byPeriod[i]!} of={f.of} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="trends-services">
            <div class="figure">
              <h3>By service</h3>
              <BarChart
                title="Offers by service, with the number who already use it"
                partName="already use it"
                data={t.byService.map((s) => ({ label: serviceLabel(s.key), value: s.total.offers, part: s.total.alreadyUses }))}
                testId="trends-service-chart"
              />
              <BreakdownTable caption="Offers and shares by service" head="Service" list={t.byService} label={serviceLabel} testId="trends-by-service" change per={per} />
            </div>
          </div>
          <div class="trends-others">
            <div class="figure-pair">
              <BreakdownTable caption="By role" head="Role" list={t.byRole} label={roleLabel} testId="trends-by-role" per={per} />
              <BreakdownTable caption="By setting" head="Setting" list={t.bySetting} label={settingLabel} testId="trends-by-setting" per={per} />
            </div>
            {byPractice.length > 1 ? (
              <table data-testid="trends-by-practice" class="trend-table">
                <caption>Practices side by side</caption>
                <thead>
                  <tr>
                    <th scope="col">Figure</th>
                    {byPractice.map((s) => (
                      <th key={s.key} scope="col" class="num">
                        {practiceName(s.key)}
                      </th>
                    ))}
                    <th scope="col" class="num">
                      All practices
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">Offers</th>
                    {byPractice.map((s) => (
                      <td key={s.key} class="num">
                        {n(s.total.offers)}
                      </td>
                    ))}
                    <td class="num">{n(t.total.offers)}</td>
                  </tr>
                  {FIGURES.map((f) => (
                    <tr key={f.of}>
                      <th scope="row">{f.name}</th>
                      {byPractice.map((s) => (
                        <ShareCell key={s.key} f={s.total} of={f.of} />
                      ))}
                      <ShareCell f={t.total} of={f.of} />
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        </div>
      )}
      <p class="no-print data-actions">
        <button type="button" class="button button--secondary" onClick={() => print()}>
          Print (one A4 landscape page)
        </button>
        <button type="button" class="button button--secondary" disabled={!t || t.total.offers === 0} onClick={() => t && saveFile(new Blob([trendsCsv(t)], { type: 'text/csv;charset=utf-8' }), `nudge-trends-${filter.from}-to-${filter.to}.csv`)}>
          Download trends (CSV)
        </button>
      </p>
    </section>
  );
}
