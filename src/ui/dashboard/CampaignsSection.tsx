/**
 * Campaigns: a manager names one (services, dates, practice, a note) and sees the period before,
 * the campaign and the period after compared on the same figures as the trends. The three periods
 * are the same length, and the page says so. Campaigns travel in backup files and merge.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SERVICE_IDS } from '../../catalogue/services';
import { CAMPAIGN_LIMITS, checkCampaign, compareCampaign, deleteCampaign, listCampaigns, saveCampaign, type CampaignDraft, type CampaignErrors, type Comparison, type Range } from '../../log/campaigns';
import type { LogDatabase } from '../../log/db';
import { localDay } from '../../log/day';
import { describeWriteError } from '../../log/errors';
import { practiceLabel, serviceLabel } from './labels';
import { share, type Figures, type ShareOf } from '../../log/trends';
import type { Campaign } from '../../log/types';
import { BarChart } from './Charts';
import { usePractices } from './Filters';
import './overview.css';
import './trends.css';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const n = (x: number) => x.toLocaleString('en-GB');
const dateText = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const rangeText = (r: Range) => (r.from === r.to ? shortDate(r.from) : `${shortDate(r.from)} to ${shortDate(r.to)}`);

const EMPTY: CampaignDraft = { name: '', services: [], start: '', end: '', note: '', practice: '' };

function servicesText(c: Campaign): string {
  return c.services.length ? c.services.map(serviceLabel).join(', ') : 'every service';
}

function Compared({ c, cmp, practiceNames }: { c: Campaign; cmp: Comparison; practiceNames: Map<string, string> }) {
  const p = cmp.periods;
  const cols: { key: 'before' | 'during' | 'after'; name: string; range: Range }[] = [
    { key: 'before', name: 'Before', range: p.before },
    { key: 'during', name: 'During', range: p.during },
    { key: 'after', name: 'After', range: p.after },
  ];
  const perDay = (f: Figures, days: number) => (days ? (f.offers / days).toLocaleString('en-GB', { maximumFractionDigits: 1 }) : '–');
  const notes: string[] = [];
  if (p.elapsed.during === 0) notes.push('The campaign has not started yet.');
  else if (p.elapsed.during < p.days) notes.push(`The campaign is still running: ${p.elapsed.during} of ${p.days} days so far.`);
  if (p.elapsed.during >= p.days && p.elapsed.after === 0) notes.push('The period after it has not started yet.');
  else if (p.elapsed.after > 0 && p.elapsed.after < p.days) notes.push(`The period after it has not finished: ${p.elapsed.after} of ${p.days} days so far. Compare offers a day and the shares, not the number of offers.`);
  const rows: { name: string; cell: (f: Figures, k: 'before' | 'during' | 'after') => string }[] = [
    { name: 'Offers', cell: (f) => n(f.offers) },
    { name: 'Offers a day', cell: (f, k) => perDay(f, p.elapsed[k]) },
    ...([['accepted', 'Accepted'], ['alreadyUses', 'Already use it'], ['needsSupport', 'Need support']] as [ShareOf, string][]).map(([of, name]) => ({
      name,
      cell: (f: Figures) => (f.offers ? `${pct(share(f, of))} (${n(f[of])})` : '–'),
    })),
  ];
  return (
    <>
      <p data-testid="campaign-periods">
        The three periods are the same length, {p.days === 1 ? '1 day' : `${p.days} days`} each, so their numbers can be compared directly.
        {practiceNames.size && c.practice ? ` Offers at ${practiceLabel(c.practice, practiceNames)} only.` : c.practice ? ` Offers at ${c.practice} only.` : ''}
      </p>
      {notes.map((t) => (
        <p key={t} class="notice">
          {t}
        </p>
      ))}
      <BarChart
        title={`Offers before, during and after ${c.name}, with accepted`}
        partName="accepted"
        data={cols.map((col) => ({ label: `${col.name} (${rangeText(col.range)})`, value: cmp[col.key].offers, part: cmp[col.key].accepted }))}
      />
      <table class="trend-table" data-testid="campaign-table">
        <caption>
          Before, during and after {c.name} ({servicesText(c)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {cols.map((col) => (
              <th key={col.key} scope="col" class="num">
                {col.name}
                <br />
                <span class="trend-count">{rangeText(col.range)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              {cols.map((col) => (
                <td key={col.key} class="num">
                  {p.elapsed[col.key] ? r.cell(cmp[col.key], col.key) : 'Not yet'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function CampaignsSection({ db, now }: { db: LogDatabase; now?: number }) {
  const today = localDay(now ?? Date.now());
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [comparisons, setComparisons] = useState<Map<string, Comparison>>(new Map());
  const [draft, setDraft] = useState<CampaignDraft | null>(null);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<CampaignErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const practices = usePractices(db);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const list = await listCampaigns(db);
        const cmps = new Map<string, Comparison>();
        for (const c of list) cmps.set(c.id, await compareCampaign(db, c, { today }));
        if (live) {
          setCampaigns(list);
          setComparisons(cmps);
        }
      } catch (e) {
        if (live) setMessage({ kind: 'error', text: `The campaigns could not be read (${(e as Error)?.name ?? 'error'}). Reload the page to try again.` });
      }
    })();
    return () => {
      live = false;
    };
  }, [db, refresh, today]);

  useEffect(() => {
    if (draft) nameRef.current?.focus();
  }, [draft === null, editing]);

  const startNew = () => {
    setMessage(null);
    setErrors({});
    setEditing(undefined);
    setDraft({ ...EMPTY, practice: practices.own, start: today, end: today });
  };
  const startEdit = (c: Campaign) => {
    setMessage(null);
    setErrors({});
    setEditing(c.id);
    setDraft({ name: c.name, services: [...c.services], start: c.start, end: c.end, note: c.note, practice: c.practice });
  };

  async function save(e: Event) {
    e.preventDefault();
    if (!draft) return;
    const checked = checkCampaign(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    try {
      const c = await saveCampaign(db, draft, editing, now ?? Date.now());
      setDraft(null);
      setErrors({});
      setMessage({ kind: 'success', text: `${editing ? 'Saved the changes to' : 'Added the campaign'} ${c.name}.` });
      setRefresh((x) => x + 1);
    } catch (err) {
      setMessage({ kind: 'error', text: `The campaign was not saved. ${describeWriteError(err)}` });
    }
  }

  async function remove(c: Campaign) {
    try {
      await deleteCampaign(db, c.id, now ?? Date.now());
      setConfirming(null);
      setMessage({ kind: 'success', text: `Deleted the campaign ${c.name}.` });
      setRefresh((x) => x + 1);
    } catch (err) {
      setMessage({ kind: 'error', text: `The campaign was not deleted. ${describeWriteError(err)}` });
    }
  }

  const field = (k: keyof CampaignDraft) => ({ invalid: errors[k] ? ('true' as const) : undefined, describedBy: errors[k] ? `cp-${k}-error` : undefined });
  const errorFor = (k: keyof CampaignDraft) =>
    errors[k] ? (
      <p id={`cp-${k}-error`} class="field-error">
        <span class="visually-hidden">Error: </span>
        {errors[k]}
      </p>
    ) : null;
  const errorList = Object.entries(errors) as [keyof CampaignDraft, string][];

  return (
    <section aria-labelledby="campaigns-h" class="campaigns" aria-busy={campaigns === null ? 'true' : undefined}>
      <h2 id="campaigns-h">Campaigns</h2>
      <p>
        Name a campaign (a month of NHS App sign-ups, say) to compare the period before it, the campaign itself and the period after it. Campaigns
        travel in backup files, so every computer that merges them sees the same ones.
      </p>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={`notice notice--${message.kind}`} data-testid="campaign-message">
          {message.text}
        </p>
      ) : null}
      {draft ? (
        <form class="campaign-form" onSubmit={save} noValidate aria-labelledby="cp-form-h">
          <h3 id="cp-form-h">{editing ? 'Change the campaign' : 'Add a campaign'}</h3>
          {errorList.length ? (
            <div class="error-summary" role="alert">
              <h4 class="error-summary__title">There is a problem</h4>
              <ul class="error-summary__list">
                {errorList.map(([k, text]) => (
                  <li key={k}>
                    <a href={`#cp-${k}`}>{text}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div class="field">
            <label for="cp-name">Name</label>
            {errorFor('name')}
            <input
              ref={nameRef}
              id="cp-name"
              type="text"
              maxLength={CAMPAIGN_LIMITS.name}
              value={draft.name}
              aria-invalid={field('name').invalid}
              aria-describedby={field('name').describedBy}
              onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
          </div>
          <fieldset id="cp-services" aria-describedby="cp-services-hint">
            <legend>Services it promotes</legend>
            <p id="cp-services-hint" class="field-hint">
              Leave them all unticked for a campaign about every online service.
            </p>
            {errorFor('services')}
            <div class="checkboxes">
              {SERVICE_IDS.map((s) => (
                <label key={s}>
                  <input
                    type="checkbox"
                    checked={draft.services.includes(s)}
                    onChange={(e) => setDraft({ ...draft, services: e.currentTarget.checked ? [...draft.services, s] : draft.services.filter((x) => x !== s) })}
                  />
                  {serviceLabel(s)}
                </label>
              ))}
            </div>
          </fieldset>
          <div class="field-row">
            <div class="field">
              <label for="cp-start">Start date</label>
              {errorFor('start')}
              <input id="cp-start" type="date" value={draft.start} aria-invalid={field('start').invalid} aria-describedby={field('start').describedBy} onInput={(e) => setDraft({ ...draft, start: e.currentTarget.value })} />
            </div>
            <div class="field">
              <label for="cp-end">End date</label>
              {errorFor('end')}
              <input id="cp-end" type="date" value={draft.end} aria-invalid={field('end').invalid} aria-describedby={field('end').describedBy} onInput={(e) => setDraft({ ...draft, end: e.currentTarget.value })} />
            </div>
            <div class="field">
              <label for="cp-practice">Practice</label>
              {errorFor('practice')}
              <select id="cp-practice" value={draft.practice} onChange={(e) => setDraft({ ...draft, practice: e.currentTarget.value })}>
                <option value="">Every practice in this log</option>
                {[...new Set([practices.own, ...practices.codes, draft.practice])]
                  .filter(Boolean)
                  .map((c) => (
                    <option key={c} value={c}>
                      {practiceLabel(c, practices.names)}
                    </option>
                  ))}
              </select>
            </div>
          </div>
          <div class="field">
            <label for="cp-note">Note (optional)</label>
            <p id="cp-note-hint" class="field-hint">
              What you did, such as posters and a text to new patients. Never write anything about a patient here.
            </p>
            {errorFor('note')}
            <textarea
              id="cp-note"
              maxLength={CAMPAIGN_LIMITS.note}
              value={draft.note}
              aria-invalid={field('note').invalid}
              aria-describedby={['cp-note-hint', field('note').describedBy].filter(Boolean).join(' ')}
              onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
            />
          </div>
          <div class="data-actions">
            <button type="submit" class="button">
              Save campaign
            </button>
            <button type="button" class="button button--secondary" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p>
          <button type="button" class="button" onClick={startNew}>
            Add a campaign
          </button>
        </p>
      )}
      {campaigns === null ? (
        <p>Loading…</p>
      ) : campaigns.length === 0 ? (
        <p data-testid="no-campaigns">No campaigns yet.</p>
      ) : (
        <ul class="tpl-list" aria-label="Campaigns">
          {campaigns.map((c) => {
            const cmp = comparisons.get(c.id);
            return (
              <li key={c.id} class="campaign" data-testid="campaign">
                <h3>{c.name}</h3>
                <p class="campaign-meta">
                  {dateText(c.start)} to {dateText(c.end)}; {servicesText(c)}; {c.practice ? practiceLabel(c.practice, practices.names) : 'every practice'}.
                </p>
                {c.note ? <p class="campaign-note">{c.note}</p> : null}
                {cmp ? <Compared c={c} cmp={cmp} practiceNames={practices.names} /> : null}
                {confirming === c.id ? (
                  <div class="notice notice--warning" role="group" aria-label={`Delete ${c.name}?`}>
                    <p>Delete {c.name}? Computers that merge this log’s backups delete it too.</p>
                    <div class="data-actions">
                      <button type="button" class="button button--warning" onClick={() => void remove(c)}>
                        Yes, delete it
                      </button>
                      <button type="button" class="button button--secondary" onClick={() => setConfirming(null)}>
                        Keep it
                      </button>
                    </div>
                  </div>
                ) : (
                  <div class="data-actions">
                    <button type="button" class="button button--secondary" onClick={() => startEdit(c)}>
                      Change <span class="visually-hidden">{c.name}</span>
                    </button>
                    <button type="button" class="button button--secondary" onClick={() => setConfirming(c.id)}>
                      Delete <span class="visually-hidden">{c.name}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
