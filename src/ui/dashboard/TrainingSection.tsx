/**
 * Dashboard → Staff training (issue 17, item 4): for one service at a time, a one-page briefing to
 * print or share, role-play scenarios to practise with the panel in training mode (offers then
 * count only as training), and a short quiz from the catalogue's questions with the answers shown
 * after.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { serviceName, type ServiceId } from '../../catalogue/services';
import { rolePlaysFor, quizFor, type RolePlay } from '../../catalogue/training';
import { localDay } from '../../log/day';
import { outcomeLabel, roleCategoryLabel as roleLabel, settingCategoryLabel as settingLabel } from '../../log/vocabulary';
import { loadEffectiveSettings } from '../../settings/effective';
import type { Settings } from '../../settings/model';
import { briefingFor, briefingText } from '../../training/briefing';
import { finishPractising, isPractising, startPractising } from '../../training/practice-mode';
import { panelPrefsItem } from '../../settings/items';
import { dayText, initialService, printPart, saveFile, ServicePicker, slug, useSettings } from './kit-shared';
import type { SectionProps } from './sections';
import './kit.css';

export interface TrainingDeps {
  loadSettings?: () => Promise<Settings>;
  /** Training mode in the panel's stored preferences. */
  practising?: () => Promise<boolean>;
  start?: () => Promise<{ ok: true } | { ok: false; reason: string }>;
  finish?: () => Promise<void>;
  writeClipboard?: (text: string) => Promise<void>;
  print?: () => void;
  now?: number;
}

function useTrainingMode(read: () => Promise<boolean>): [boolean | null, (on: boolean) => void] {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    read()
      .then((x) => live && setOn(x))
      .catch(() => live && setOn(false));
    // Another tab (or the panel) may switch it: follow the stored value.
    const unwatch = panelPrefsItem.watch((p) => live && setOn(!!p?.training));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return [on, setOn];
}

function Quiz({ service }: { service: ServiceId }) {
  const quiz = quizFor(service);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const right = quiz.filter((q) => chosen[q.question.id] === q.answer).length;
  return (
    <form
      aria-labelledby="quiz-h"
      onSubmit={(e) => {
        e.preventDefault();
        setChecked(true);
      }}
    >
      <h3 id="quiz-h">Quiz: {serviceName(service)}</h3>
      <p>Choose the answer you would give a patient for each question, then check your answers.</p>
      {quiz.map((q, i) => {
        const base = `quiz-${q.question.id}`;
        const mine = chosen[q.question.id];
        const ok = mine === q.answer;
        return (
          <fieldset key={q.question.id} class="quiz-q">
            <legend>
              {i + 1}. “{q.question.question}”
            </legend>
            {q.choices.map((c, j) => (
              <div class="quiz-choice" key={c.id}>
                <input
                  type="radio"
                  id={`${base}-${j}`}
                  name={base}
                  value={c.id}
                  checked={mine === c.id}
                  onChange={() => {
                    setChosen({ ...chosen, [q.question.id]: c.id });
                    setChecked(false);
                  }}
                />
                <label for={`${base}-${j}`}>{c.text}</label>
              </div>
            ))}
            {checked ? (
              <p class={`quiz-result ${ok ? 'quiz-result--right' : 'quiz-result--wrong'}`} data-testid="quiz-result">
                {ok ? 'Right.' : mine ? 'Not quite.' : 'Not answered.'} The answer: {q.question.answer}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <p role="status" aria-live="polite" data-testid="quiz-score" class={checked ? 'notice notice--success' : 'visually-hidden'}>
        {checked ? `You chose the right answer for ${right} of ${quiz.length} questions.${right < quiz.length ? ' Read the briefing again for the others.' : ''}` : ''}
      </p>
      <div class="card-actions">
        <button type="submit" class="button">
          Check my answers
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setChosen({});
            setChecked(false);
          }}
        >
          Start the quiz again
        </button>
      </div>
    </form>
  );
}

export function TrainingSection(props: Partial<SectionProps> & TrainingDeps) {
  const { settings, error: settingsError } = useSettings(props.loadSettings);
  const [service, setService] = useState<ServiceId>(() => initialService());
  const [practising, setPractising] = useTrainingMode(props.practising ?? (() => isPractising()));
  const [scenario, setScenario] = useState<RolePlay | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const briefingRef = useRef<HTMLElement>(null);
  const writeClipboard = props.writeClipboard ?? ((t: string) => navigator.clipboard.writeText(t));
  const today = localDay(props.now ?? Date.now());
  const allowed = async () => (props.loadSettings ? await props.loadSettings() : (await loadEffectiveSettings()).settings).trainingModeAllowed;
  const start = props.start ?? (() => startPractising({ allowed }));
  const finish = props.finish ?? (() => finishPractising());

  if (!settings || practising === null) {
    return (
      <section aria-labelledby="tr-h" aria-busy="true">
        <h2 id="tr-h">Staff training</h2>
        <p>Loading…</p>
      </section>
    );
  }

  const b = briefingFor(service, settings);
  const forced = settings.trainingMode;
  const on = forced || (practising && settings.trainingModeAllowed);

  const begin = async (r: RolePlay) => {
    try {
      const res = await start();
      if (!res.ok) {
        setStatus({ kind: 'error', text: res.reason });
        return;
      }
      setPractising(true);
      setScenario(r);
      setStatus({ kind: 'ok', text: `Training mode is on for “${r.title}”. Offers you make in the panel now count only as training.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `Training mode could not be switched on (${(e as Error)?.message ?? e}). Switch it on in the panel instead.` });
    }
  };
  const end = async () => {
    try {
      await finish();
      setPractising(false);
      setScenario(null);
      setStatus({ kind: 'ok', text: 'Training mode is off. Offers in the panel count again. If the panel is open, close it and open it again.' });
    } catch (e) {
      setStatus({ kind: 'error', text: `Training mode could not be switched off (${(e as Error)?.message ?? e}). Switch it off in the panel.` });
    }
  };

  return (
    <section aria-labelledby="tr-h" aria-busy="false">
      <h2 id="tr-h">Staff training</h2>
      <p class="kit-intro no-print">
        Everything staff need to explain a service with confidence: a one-page briefing to print or share, role plays to practise with the Nudge panel, and a short
        quiz. The guidance suggests regular sessions where staff try the services themselves and practise with role play.
      </p>
      {settingsError ? (
        <p role="alert" class="notice notice--error">
          {settingsError}
        </p>
      ) : null}
      {on ? (
        <div class="notice training-on no-print" data-testid="training-on">
          <p>
            <strong>Training mode is on</strong> for the panel on this computer: offers made in the panel count only as training, and texts may show an example
            surgery. {forced ? 'Your practice’s settings keep it on for this computer.' : 'Finish practising before you help a real patient.'}
          </p>
          {!forced ? (
            <button type="button" class="button button--warning" onClick={() => void end()}>
              Finish practising
            </button>
          ) : null}
        </div>
      ) : null}
      <ServicePicker
        id="tr-service"
        value={service}
        onChange={(s) => {
          setService(s);
          setScenario(null);
        }}
      />
      <p role="status" aria-live="polite" class={status ? `notice no-print ${status.kind === 'error' ? 'notice--error' : 'notice--success'}` : 'visually-hidden'} data-testid="tr-status">
        {status?.text ?? ''}
      </p>

      <article class="briefing" aria-labelledby="br-h" ref={briefingRef} data-testid="briefing">
        <h3 id="br-h">{b.title}</h3>
        <p class="print-only">
          {b.surgeryName ? `${b.surgeryName}. ` : ''}Printed {dayText(today)}.
        </p>
        <h4>What it is</h4>
        <p>{b.whatItIs}</p>
        <h4>Benefits</h4>
        <ul>
          {b.benefits.map((x) => (
            <li key={x.label}>
              <strong>{x.label}</strong>: {x.text}
            </li>
          ))}
        </ul>
        <h4>Common questions</h4>
        <dl>
          {b.questions.map((q) => (
            <div key={q.id}>
              <dt>“{q.question}”</dt>
              <dd>{q.answer}</dd>
            </div>
          ))}
        </dl>
        <h4>How to demonstrate it</h4>
        <ol>
          {b.demonstrate.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p>{b.demonstrateRule}</p>
        <h4>Where patients get help with digital skills</h4>
        <ul>
          {b.digitalHelp.map((h) => (
            <li key={h.name}>
              <strong>{h.name}</strong>: {h.what}
              {h.url ? (
                <>
                  {' '}
                  (<a href={h.url}>{h.url}</a>)
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <p class="briefing-source">Source: {b.source}.</p>
      </article>
      <div class="kit-actions">
        <button type="button" class="button" onClick={() => briefingRef.current && printPart(briefingRef.current, props.print)}>
          Print the briefing
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            void writeClipboard(briefingText(b)).then(
              () => setStatus({ kind: 'ok', text: 'Copied the briefing. Paste it into an email or your staff handbook.' }),
              (e: unknown) => setStatus({ kind: 'error', text: `Could not copy (${(e as Error)?.name ?? 'error'}). Download it instead.` }),
            )
          }
        >
          Copy the briefing
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            saveFile(new Blob([briefingText(b)], { type: 'text/plain;charset=utf-8' }), `briefing-${slug(serviceName(service))}.txt`);
            setStatus({ kind: 'ok', text: 'Downloaded the briefing as text. Check your downloads folder.' });
          }}
        >
          Download the briefing (text)
        </button>
      </div>

      <section aria-labelledby="rp-h" class="no-print">
        <h3 id="rp-h">Role play</h3>
        <p>
          Work in pairs: one plays the caller or patient, the other finds what they need in the Nudge panel. Starting a scenario switches the panel to training mode
          on this computer, so what you record counts only as training.
        </p>
        {rolePlaysFor(service).map((r) => {
          const hid = `rp-${r.id}-h`;
          return (
            <div key={r.id} class="card rp-card" data-scenario={r.id} aria-labelledby={hid} role="group">
              <h4 id={hid}>{r.title}</h4>
              <dl>
                <dt>Who practises</dt>
                <dd>
                  {roleLabel(r.role)}, {settingLabel(r.setting).toLowerCase()}
                </dd>
                <dt>{r.setting === 'consultation' ? 'The patient says' : 'The caller says'}</dt>
                <dd>{r.says}</dd>
                <dt>Find in the panel</dt>
                <dd>{r.find}</dd>
                <dt>A good outcome</dt>
                <dd>
                  {r.good} Record: {outcomeLabel(r.outcome)}.
                </dd>
              </dl>
              <button type="button" class="button" aria-describedby={hid} onClick={() => void begin(r)}>
                Start practising this scenario
              </button>
              {scenario?.id === r.id && on ? (
                <div class="notice training-on" data-testid="rp-started">
                  <p>
                    <strong>Now open Nudge beside your practice system</strong>: the Nudge button in the browser’s toolbar, or Alt+Shift+N. If the panel was already
                    open, close it and open it again so it starts in training mode. Check for the yellow “Training mode” banner at the top of the panel before you start.
                  </p>
                  <p>When you have finished, choose Finish practising at the top of this page.</p>
                </div>
              ) : null}
            </div>
          );
        })}
      </section>

      <section class="no-print">
        <Quiz key={service} service={service} />
      </section>
    </section>
  );
}
