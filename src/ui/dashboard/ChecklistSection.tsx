/**
 * Dashboard → Pathway checklist (issue 17, item 3): the guidance's checklist as a review page for
 * each service, each question answered yes, partly or no with a short note and the date, a next
 * review date, and beside it what the log's figures say about the service over the last 3 months.
 * Saved on this computer, carried in the backup file and merged (newest answer wins), printable.
 */
import { useEffect, useState } from 'preact/hooks';
import { ANSWER_LABELS, ANSWER_VALUES, CHECKLIST_QUESTIONS, INCLUSIVE_ACCESS, SUGGESTED_REVIEW_MONTHS, type AnswerValue, type ChecklistQuestionId } from '../../catalogue/checklist';
import { SERVICE_IDS, serviceName, type ServiceId } from '../../catalogue/services';
import { FIGURE_MONTHS, serviceFigures, share, type ServiceFigures } from '../../checklist/figures';
import { answerCounts, lastAnswered, NOTE_MAX, EMPTY_CHECKLISTS, type AnswerEdit, type Checklists } from '../../checklist/model';
import { loadChecklists, saveServiceChecklist } from '../../checklist/store';
import type { LogDatabase } from '../../log/db';
import { localDay } from '../../log/day';
import { dayText, initialService, ServicePicker } from './kit-shared';
import type { SectionProps } from './sections';
import './kit.css';

export interface ChecklistDeps {
  load?: () => Promise<Checklists>;
  save?: (service: ServiceId, edits: Partial<Record<ChecklistQuestionId, AnswerEdit>>, nextReview: string | undefined) => Promise<Checklists>;
  figures?: (service: ServiceId, today: string) => Promise<ServiceFigures>;
  print?: () => void;
  now?: number;
}

type Draft = Partial<Record<ChecklistQuestionId, { answer?: AnswerValue; note: string; date: string }>>;

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

function draftFrom(c: Checklists, service: ServiceId, today: string): { answers: Draft; next: string } {
  const had = c.services[service];
  const answers: Draft = {};
  for (const q of CHECKLIST_QUESTIONS) {
    const a = had?.answers[q.id];
    answers[q.id] = a ? { answer: a.answer, note: a.note, date: a.date } : { note: '', date: today };
  }
  return { answers, next: had?.nextReview?.date ?? '' };
}

export function ChecklistSection(props: Partial<SectionProps> & ChecklistDeps) {
  const now = props.now ?? Date.now();
  const today = localDay(now);
  const load = props.load ?? loadChecklists;
  const save = props.save ?? ((s, e, n) => saveServiceChecklist(s, e, n));
  const db = props.db as LogDatabase | undefined;
  const figuresFor = props.figures ?? ((s: ServiceId, t: string) => (db ? serviceFigures(db, s, t) : Promise.reject(new Error('no log'))));

  const [checklists, setChecklists] = useState<Checklists | null>(null);
  const [service, setService] = useState<ServiceId>(() => initialService());
  const [draft, setDraft] = useState<{ answers: Draft; next: string }>({ answers: {}, next: '' });
  const [figures, setFigures] = useState<ServiceFigures | null>(null);
  const [figuresError, setFiguresError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    load()
      .then((c) => {
        setChecklists(c);
        setDraft(draftFrom(c, service, today));
      })
      .catch((e: unknown) => {
        setChecklists(EMPTY_CHECKLISTS);
        setLoadFailed(true);
        setDraft(draftFrom(EMPTY_CHECKLISTS, service, today));
        setStatus({ kind: 'error', text: `${(e as Error)?.message ?? e} Saving is off until this is fixed: export a backup and ask for help.` });
      });
  }, []);

  useEffect(() => {
    let live = true;
    setFigures(null);
    setFiguresError(null);
    figuresFor(service, today)
      .then((f) => live && setFigures(f))
      .catch((e: unknown) => live && setFiguresError(`The log could not be read (${(e as Error)?.name ?? 'error'}).`));
    return () => {
      live = false;
    };
  }, [service, today]);

  const busy = checklists === null || (figures === null && figuresError === null);
  const name = serviceName(service);
  const stored = checklists?.services[service];

  // Unsaved answers for a service are kept while you look at another one.
  const [unsaved, setUnsaved] = useState<Partial<Record<ServiceId, { answers: Draft; next: string }>>>({});
  const changeService = (s: ServiceId) => {
    setUnsaved((u) => ({ ...u, [service]: draft }));
    setService(s);
    setStatus(null);
    if (checklists) setDraft(unsaved[s] ?? draftFrom(checklists, s, today));
  };
  const setAnswer = (q: ChecklistQuestionId, patch: Partial<{ answer: AnswerValue; note: string; date: string }>) =>
    setDraft((d) => ({ ...d, answers: { ...d.answers, [q]: { note: '', date: today, ...d.answers[q], ...patch } } }));

  async function submit(e: Event) {
    e.preventDefault();
    const edits: Partial<Record<ChecklistQuestionId, AnswerEdit>> = {};
    for (const q of CHECKLIST_QUESTIONS) {
      const a = draft.answers[q.id];
      if (a?.answer) edits[q.id] = { answer: a.answer, note: a.note, date: /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : today };
    }
    setSaving(true);
    try {
      const c = await save(service, edits, draft.next);
      setChecklists(c);
      setDraft(draftFrom(c, service, today));
      setUnsaved((u) => ({ ...u, [service]: undefined }));
      const n = Object.keys(edits).length;
      setStatus({ kind: 'ok', text: `Saved the checklist for ${name}: ${n} of ${CHECKLIST_QUESTIONS.length} questions answered.` });
    } catch (err) {
      setStatus({ kind: 'error', text: `Not saved: ${(err as Error)?.message ?? err}.` });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="cl-h" aria-busy={busy ? 'true' : 'false'}>
      <h2 id="cl-h">Pathway checklist</h2>
      <p class="kit-intro no-print">
        The guidance’s checklist for introducing or updating a service. Answer each question for the service, with a short note and the date, and set when to
        review it next. Answers are kept on this computer and go in the backup file (Data → Export backup), so the practice manager can merge them.
      </p>
      <p class="no-print">
        <a href={INCLUSIVE_ACCESS.url}>{INCLUSIVE_ACCESS.label}</a>. {INCLUSIVE_ACCESS.note}
      </p>
      <ServicePicker id="cl-service" value={service} onChange={changeService} />
      <p role="status" aria-live="polite" class={status ? `notice no-print ${status.kind === 'error' ? 'notice--error' : 'notice--success'}` : 'visually-hidden'} data-testid="cl-status">
        {status?.text ?? ''}
      </p>
      <h3 class="print-only">
        Pathway checklist: {name}. Printed {dayText(today)}.
      </h3>
      {checklists === null ? (
        <p>Loading…</p>
      ) : (
        <div class="cl-layout">
          <aside class="cl-figures" aria-labelledby="cl-fig-h" data-testid="cl-figures">
            <h3 id="cl-fig-h">What the figures say</h3>
            {figures ? (
              <>
                <p>
                  Offers of {name} from {dayText(figures.from)} to {dayText(figures.to)} (the last {FIGURE_MONTHS} months), training left out.
                </p>
                <dl>
                  <div>
                    <dt>Offers</dt>
                    <dd data-testid="cl-offers">{figures.offers.toLocaleString('en-GB')}</dd>
                  </div>
                  <div>
                    <dt>Accepted</dt>
                    <dd>{share(figures.accepted, figures.offers)}</dd>
                  </div>
                  <div>
                    <dt>Already use it</dt>
                    <dd>{share(figures.alreadyUses, figures.offers)}</dd>
                  </div>
                  <div>
                    <dt>Need support</dt>
                    <dd>{share(figures.needsSupport, figures.offers)}</dd>
                  </div>
                </dl>
                {figures.offers === 0 ? <p>No offers of this service were recorded in these months.</p> : null}
              </>
            ) : figuresError ? (
              <p role="alert" class="notice notice--error">
                {figuresError}
              </p>
            ) : (
              <p>Counting…</p>
            )}
          </aside>
          <form class="no-print" onSubmit={(e) => void submit(e)} noValidate aria-label={`Checklist for ${name}`}>
            {CHECKLIST_QUESTIONS.map((q, i) => {
              const a = draft.answers[q.id] ?? { note: '', date: today };
              const saved = stored?.answers[q.id];
              const base = `cl-${q.id}`;
              return (
                <fieldset key={q.id} class="cl-q" aria-describedby={`${base}-hint`}>
                  <legend>
                    {i + 1}. {q.question}
                  </legend>
                  <p class="field-hint" id={`${base}-hint`}>
                    {q.hint}
                  </p>
                  <div class="kit-radios">
                    {ANSWER_VALUES.map((v) => (
                      <div class="kit-radio" key={v}>
                        <input type="radio" id={`${base}-${v}`} name={base} value={v} checked={a.answer === v} onChange={() => setAnswer(q.id, { answer: v })} />
                        <label for={`${base}-${v}`}>{ANSWER_LABELS[v]}</label>
                      </div>
                    ))}
                  </div>
                  <div class="field">
                    <label for={`${base}-note`}>Note (optional)</label>
                    <p class="field-hint" id={`${base}-note-hint`}>
                      What you found, or what to change. Up to {NOTE_MAX} characters. Never write anything about a patient.
                    </p>
                    <textarea
                      id={`${base}-note`}
                      rows={2}
                      maxLength={NOTE_MAX}
                      value={a.note}
                      aria-describedby={`${base}-note-hint`}
                      onInput={(e) => setAnswer(q.id, { note: e.currentTarget.value })}
                    />
                  </div>
                  <div class="field">
                    <label for={`${base}-date`}>Date answered</label>
                    <input id={`${base}-date`} type="date" value={a.date} max={today} onInput={(e) => setAnswer(q.id, { date: e.currentTarget.value })} />
                  </div>
                  {saved ? (
                    <p class="field-hint" data-testid={`${base}-saved`}>
                      Saved answer: {ANSWER_LABELS[saved.answer]}, on {dayText(saved.date)}.
                    </p>
                  ) : null}
                </fieldset>
              );
            })}
            <div class="field cl-next">
              <label for="cl-next">Next review date</label>
              <p class="field-hint" id="cl-next-hint">
                The guidance asks practices to review their approach regularly. For example, in {SUGGESTED_REVIEW_MONTHS} months: {dayText(addMonths(today, SUGGESTED_REVIEW_MONTHS))}.
              </p>
              <input id="cl-next" type="date" value={draft.next} min={today} aria-describedby="cl-next-hint" onInput={(e) => setDraft((d) => ({ ...d, next: e.currentTarget.value }))} />
            </div>
            <div class="card-actions">
              <button type="submit" class="button" disabled={saving || loadFailed}>
                Save the checklist
              </button>
              <button type="button" class="button button--secondary" onClick={() => (props.print ?? (() => window.print()))()}>
                Print the checklist
              </button>
            </div>
          </form>
          <table class="print-only cl-summary" data-testid="cl-print">
            <caption>
              Pathway checklist for {name}
              {stored?.nextReview?.date ? `. Next review: ${dayText(stored.nextReview.date)}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answer</th>
                <th scope="col">Note</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody>
              {CHECKLIST_QUESTIONS.map((q) => {
                const s = stored?.answers[q.id];
                return (
                  <tr key={q.id}>
                    <td>{q.question}</td>
                    <td>{s ? ANSWER_LABELS[s.answer] : 'Not answered'}</td>
                    <td>{s?.note ?? ''}</td>
                    <td>{s ? dayText(s.date) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {checklists ? (
        <div class="figure no-print">
          <table data-testid="cl-all">
            <caption>Every service’s checklist</caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col" class="num">
                  Answered
                </th>
                <th scope="col" class="num">
                  Yes
                </th>
                <th scope="col" class="num">
                  Partly
                </th>
                <th scope="col" class="num">
                  No
                </th>
                <th scope="col">Last answered</th>
                <th scope="col">Next review</th>
              </tr>
            </thead>
            <tbody>
              {SERVICE_IDS.map((s) => {
                const c = checklists.services[s];
                const n = answerCounts(c);
                const next = c?.nextReview?.date ?? '';
                const last = lastAnswered(c);
                return (
                  <tr key={s}>
                    <th scope="row">{serviceName(s)}</th>
                    <td class="num">
                      {n.answered} of {CHECKLIST_QUESTIONS.length}
                    </td>
                    <td class="num">{n.yes}</td>
                    <td class="num">{n.partly}</td>
                    <td class="num">{n.no}</td>
                    <td>{last ? dayText(last) : 'Not yet'}</td>
                    <td>
                      {next ? dayText(next) : 'Not set'} {next && next < today ? <span class="tag tag--red">Overdue</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
