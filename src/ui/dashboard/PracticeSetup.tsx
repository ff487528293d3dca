/**
 * Dashboard → Set up (dashboard.html#setup; the panel links here when texts are refused): a short
 * walk through the details every default text needs, in three numbered steps, with what each
 * missing detail blocks, a link to open each page to check it, and fixes for characters that would
 * lengthen texts and NHS links that moved. Details set by the IT policy are shown locked, with why.
 * Saving goes through the settings code (only what changed, on the latest stored settings).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_TEMPLATES, type Template } from '../../catalogue/templates';
import { changedSettings, loadEffectiveSettings, saveSettingsChanges, watchEffectiveSettings, type EffectiveSettings } from '../../settings/effective';
import { FIELD_GROUPS, FIELD_LABELS, type FieldSpec } from '../../settings/fields';
import { validateField, type FieldErrors, type SettingKey, type Settings } from '../../settings/model';
import { LOCKED_REASON } from '../../settings/policy';
import type { PracticeField } from '../../settings/setup';
import { blockedCount, reportField, setupGroups, type FieldReport } from '../../settings/setup-page';
import { templatesInForce, templatesOffered } from '../../templates/in-force';
import { loadPracticeTemplates } from '../../templates/store';
import type { SectionProps } from './sections';
import './Settings.css';
import './Templates.css';
import './Setup.css';

/** Where the page reads and saves; the real ones use browser.storage, tests pass their own. */
export interface SetupDeps {
  load?: () => Promise<EffectiveSettings>;
  save?: (changes: Partial<Settings>, locked: readonly SettingKey[]) => Promise<{ ok: true } | { ok: false; errors: FieldErrors }>;
  /** The texts the panel offers (the default pack with the practice's changes). */
  loadTemplates?: (e: EffectiveSettings) => Promise<readonly Template[]>;
  watch?: (cb: (e: EffectiveSettings) => void) => () => void;
}

const SPECS = new Map<string, FieldSpec>(FIELD_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f] as [string, FieldSpec])));
const fid = (f: string) => `setup-${f}`;

const STATUS: Record<FieldReport['status'], { text: string; cls: string }> = {
  set: { text: 'Set up', cls: 'tag tag--green' },
  'not-set': { text: 'Not set up', cls: 'tag tag--red' },
  example: { text: 'Example value: not yours', cls: 'tag tag--red' },
  moved: { text: 'This page has moved', cls: 'tag tag--yellow' },
};

async function defaultTemplates(e: EffectiveSettings): Promise<readonly Template[]> {
  return templatesOffered(templatesInForce(e.policyTemplates, await loadPracticeTemplates()));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function PracticeSetup(props: Partial<SectionProps> & SetupDeps) {
  const load = props.load ?? loadEffectiveSettings;
  const save = props.save ?? saveSettingsChanges;
  const loadTemplates = props.loadTemplates ?? defaultTemplates;
  const watch = props.watch ?? (props.load ? null : watchEffectiveSettings);

  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [templates, setTemplates] = useState<readonly Template[]>([]);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Partial<Record<PracticeField, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const base = useRef<Record<string, string>>({});
  const dirty = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const apply = (e: EffectiveSettings, replace: boolean) => {
      setEffective(e);
      const values = Object.fromEntries(Object.entries(e.settings).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      if (replace || !dirty.current) {
        setDraft(values);
        base.current = values;
      } else {
        // Keep what the user is typing; show the policy's values for locked details.
        setDraft((d) => ({ ...d, ...Object.fromEntries(e.locked.filter((k) => k in values).map((k) => [k, values[k]!])) }));
      }
      void loadTemplates(e).then(setTemplates, () => setTemplates(DEFAULT_TEMPLATES));
    };
    load().then(
      (e) => apply(e, true),
      (err: unknown) => setLoadError(`Your settings could not be read: ${(err as Error)?.message ?? err}`),
    );
    return watch ? watch((e) => apply(e, false)) : undefined;
  }, []);

  const practice = useMemo(() => ({ ...(effective?.settings ?? {}), ...draft }) as unknown as Settings, [effective, draft]);
  const groups = useMemo(() => setupGroups(templates.length ? templates : DEFAULT_TEMPLATES), [templates]);
  const fields = groups.flatMap((g) => g.fields);
  const reports = useMemo(() => new Map(fields.map((f) => [f, reportField(f, practice, templates)])), [practice, templates, groups]);

  if (loadError) return <p class="notice notice--error" role="alert">{loadError}</p>;
  if (!effective) return <p aria-busy="true">Loading your practice’s details…</p>;
  const locked = new Set<string>(effective.locked);

  const todo = fields.filter((f) => reports.get(f)!.status !== 'set');
  const blocked = blockedCount(practice, templates);

  const update = (f: PracticeField, value: string) => {
    dirty.current = true;
    setStatus(null);
    setDraft((d) => ({ ...d, [f]: value }));
  };

  async function submit(e: Event) {
    e.preventDefault();
    if (!effective) return;
    setStatus(null);
    const found: Partial<Record<PracticeField, string>> = {};
    const values: Record<string, string> = {};
    for (const f of fields) {
      if (locked.has(f)) continue;
      const r = validateField(f as SettingKey, draft[f] ?? '');
      if (r.ok) values[f] = r.value as string;
      else found[f] = r.error;
    }
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const r = await save(changedSettings(base.current, values), effective.locked);
      if (!r.ok) {
        setErrors(r.errors as Partial<Record<PracticeField, string>>);
        requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      dirty.current = false;
      base.current = { ...base.current, ...values };
      setDraft((d) => ({ ...d, ...values }));
      setStatus('Practice details saved. Open Nudge panels use them straight away.');
    } catch (err) {
      setErrors({ surgeryName: `Not saved (${(err as Error)?.message ?? 'error'}). Try again.` });
    } finally {
      setSaving(false);
    }
  }

  const errorKeys = fields.filter((f) => errors[f]);

  return (
    <section aria-labelledby="setup-h" class="settings setup">
      <h2 id="setup-h">Set up your practice</h2>
      <p>
        Texts, QR codes and posters carry your surgery’s name, phone number and links. Nudge will not send one that needs a detail you have not set
        up yet, so patients never get a text from the wrong surgery or with a link that does not work. Go through the three steps below, open each
        link to check it goes to the right page, then save.
      </p>

      {errorKeys.length ? (
        <div class="error-summary" role="alert" aria-labelledby="setup-error-title" tabIndex={-1} ref={summaryRef} data-testid="setup-errors">
          <h2 class="error-summary__title" id="setup-error-title">
            There is a problem
          </h2>
          <ul class="error-summary__list">
            {errorKeys.map((f) => (
              <li key={f}>
                <a href={`#${fid(f)}`} onClick={(ev) => { ev.preventDefault(); document.getElementById(fid(f))?.focus(); }}>
                  {FIELD_LABELS[f as SettingKey] ?? f}: {errors[f]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div class={todo.length ? 'notice notice--warning' : 'notice notice--success'} data-testid="setup-summary">
        {todo.length ? (
          <>
            <h3 class="setup-summary-title">
              {plural(todo.length, 'detail needs', 'details need')} your attention. {plural(blocked, 'text', 'texts')} of {templates.length} cannot be sent until
              they are set up.
            </h3>
            <ul class="setup-todo" aria-label="Details that need your attention">
              {todo.map((f) => {
                const r = reports.get(f)!;
                return (
                  <li key={f}>
                    <a href={`#${fid(f)}`} onClick={(ev) => { ev.preventDefault(); document.getElementById(fid(f))?.focus(); }}>
                      {FIELD_LABELS[f as SettingKey] ?? f}
                    </a>
                    : {STATUS[r.status].text.toLowerCase()}
                    {r.blocks.length ? `, blocks ${plural(r.blocks.length, 'text', 'texts')}` : ''}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p>Your practice is set up: every text can be sent. Check the links below from time to time, as pages move.</p>
        )}
      </div>

      {status ? (
        <p class="notice notice--success" role="status" data-testid="setup-status">
          {status}
        </p>
      ) : null}
      {effective.locked.some((k) => fields.includes(k as PracticeField)) ? (
        <p class="notice" data-testid="setup-policy-notice">
          Some details are set by your organisation’s IT policy. They are marked Locked; ask your IT team to change them.
        </p>
      ) : null}

      <form onSubmit={(e) => void submit(e)} noValidate>
        {groups.map((g, i) => (
          <fieldset class="fieldset" key={g.id} aria-describedby={`setup-${g.id}-hint`}>
            <legend class="fieldset-legend">
              <h3 class="fieldset-heading">
                Step {i + 1} of {groups.length}: {g.title}
              </h3>
            </legend>
            <p class="hint" id={`setup-${g.id}-hint`}>
              {g.hint}
            </p>
            {g.fields.map((f) => (
              <SetupField
                key={f}
                field={f}
                value={draft[f] ?? ''}
                report={reports.get(f)!}
                locked={locked.has(f)}
                {...(errors[f] ? { error: errors[f] } : {})}
                onInput={(v) => update(f, v)}
              />
            ))}
          </fieldset>
        ))}
        <button type="submit" class="button" disabled={saving}>
          Save practice details
        </button>
      </form>
    </section>
  );
}

interface SetupFieldProps {
  field: PracticeField;
  value: string;
  report: FieldReport;
  locked: boolean;
  error?: string;
  onInput: (value: string) => void;
}

function SetupField({ field, value, report, locked, error, onInput }: SetupFieldProps) {
  const spec = SPECS.get(field);
  const label = spec?.label ?? FIELD_LABELS[field as SettingKey] ?? field;
  const id = fid(field);
  const ids = {
    hint: `${id}-hint`,
    status: `${id}-status`,
    lock: `${id}-lock`,
    error: `${id}-error`,
  };
  const describedBy = [spec?.hint ? ids.hint : null, ids.status, locked ? ids.lock : null, error ? ids.error : null].filter(Boolean).join(' ');
  const s = STATUS[report.status];
  const isUrl = field.endsWith('Url');
  return (
    <div class={`form-group setup-field${error ? ' form-group--error' : ''}`} data-testid={`setup-field-${field}`}>
      <label class="label" for={id}>
        {label}
      </label>
      {spec?.hint ? (
        <div class="hint" id={ids.hint}>
          {spec.hint}
        </div>
      ) : null}
      <p class="setup-status" id={ids.status}>
        <strong class={s.cls}>{s.text}</strong>
        {report.blocks.length ? ` Until it is set up, ${plural(report.blocks.length, 'text', 'texts')} cannot be sent.` : ''}
      </p>
      {locked ? (
        <div class="locked-reason" id={ids.lock} data-testid={`setup-locked-${field}`}>
          <strong class="tag">Locked</strong> {LOCKED_REASON}, so it can only be changed there.
        </div>
      ) : null}
      {error ? (
        <p class="error-message" id={ids.error}>
          <span class="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        id={id}
        name={field}
        class="input"
        type={isUrl ? 'url' : field === 'surgeryPhone' ? 'tel' : 'text'}
        autocomplete="off"
        spellcheck={isUrl || field === 'surgeryPhone' ? false : undefined}
        value={value}
        readOnly={locked}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {report.openUrl ? (
        <p class="setup-open">
          <a href={report.openUrl} target="_blank" rel="noopener noreferrer" data-testid={`setup-open-${field}`}>
            Open this link to check it<span class="visually-hidden"> ({label}, opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      {report.encoding ? (
        <div class="notice notice--warning" data-testid={`setup-encoding-${field}`}>
          <p>
            {report.encoding.characters.join(', ')} is not a standard text message character: every text with it is sent as Unicode, with 70
            characters a part instead of 160, so it costs more.
          </p>
          {report.encoding.fixed !== null && !locked ? (
            <button type="button" class="button button--secondary" onClick={() => onInput(report.encoding!.fixed!)}>
              Use “{report.encoding.fixed}” instead
            </button>
          ) : null}
        </div>
      ) : null}
      {report.movedTo ? (
        <div class="notice notice--warning" data-testid={`setup-moved-${field}`}>
          <p>
            This NHS page has moved to {report.movedTo}. The old address may land on a general help page instead.
            {locked ? ' Ask your IT team to change it.' : ''}
          </p>
          {!locked ? (
            <button type="button" class="button button--secondary" onClick={() => onInput(report.movedTo!)}>
              Use the new link
            </button>
          ) : null}
        </div>
      ) : null}
      {report.blocks.length ? (
        <details class="setup-blocks">
          <summary>Texts waiting for this ({report.blocks.length})</summary>
          <ul>
            {report.blocks.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
