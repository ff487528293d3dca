/**
 * Dashboard → Templates: the practice's templates, with search, filters, New / Edit / Duplicate /
 * Archive / Restore / Reset to default wording, and import and export of a pack.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { SERVICE_IDS, serviceName } from '../../catalogue/services';
import { ServiceOptions } from '../ServiceOptions';
import { DEFAULT_TEMPLATES, type Template } from '../../catalogue/templates';
import { loadEffectiveSettings } from '../../settings/effective';
import { DEFAULT_PRACTICE, type PracticeSettings } from '../../settings/practice';
import {
  EMPTY_PRACTICE_TEMPLATES,
  effectiveTemplates,
  languageName,
  loadPracticeTemplates,
  newTemplateId,
  putTemplate,
  resetToDefault,
  savePracticeTemplates,
  setArchived,
  updatePracticeTemplates,
  watchPracticeTemplates,
  type EffectiveTemplate,
  type PracticeTemplates,
  type TemplateDraft,
  type TemplatesChange,
} from '../../templates/store';
import { importPack, type ImportResult } from '../../templates/pack';
import type { SectionProps } from './sections';
import { TemplateEditor } from './TemplatesEditor';
import { TemplatesPack } from './TemplatesPack';
import './Templates.css';

/** Where the section reads and writes; the real ones use browser.storage, tests pass their own. */
export interface TemplatesDeps {
  defaults?: readonly Template[];
  load?: () => Promise<PracticeTemplates>;
  save?: (s: PracticeTemplates) => Promise<void>;
  loadPractice?: () => Promise<PracticeSettings>;
  /** Watch for changes made in other tabs; the real one uses storage.onChanged. */
  watch?: (cb: (s: PracticeTemplates) => void) => () => void;
}

type View = { kind: 'list' } | { kind: 'edit'; draft: TemplateDraft; isNew: boolean; heading: string };

const ORIGIN_TAG: Record<EffectiveTemplate['origin'], string | null> = {
  default: null,
  edited: 'Changed by your surgery',
  own: 'Your surgery’s own',
};

function draftOf(t: EffectiveTemplate): TemplateDraft {
  return { id: t.id, service: t.service, title: t.title, length: t.length, language: t.language, body: t.body, versions: { ...t.versions } };
}

export function TemplatesSection(props: Partial<SectionProps> & TemplatesDeps) {
  // A managed policy may ship the practice's own default pack; the editor edits on top of that one.
  const [policyDefaults, setPolicyDefaults] = useState<readonly Template[] | null>(null);
  const defaults = props.defaults ?? policyDefaults ?? DEFAULT_TEMPLATES;
  const load = props.load ?? loadPracticeTemplates;
  const save = props.save ?? savePracticeTemplates;
  // Every change is applied to the templates as stored now, inside one lock shared by every
  // dashboard tab, so two tabs never overwrite each other (issue 13, item 5).
  const update = <T,>(change: TemplatesChange<T>) =>
    props.load || props.save ? updatePracticeTemplates(change, { load, save }) : updatePracticeTemplates(change);
  const watch = props.watch ?? (props.load ? null : watchPracticeTemplates);
  const loadPractice =
    props.loadPractice ??
    (async (): Promise<PracticeSettings> => {
      const e = await loadEffectiveSettings();
      if (e.policyTemplates) setPolicyDefaults(e.policyTemplates);
      return e.settings;
    });

  const [state, setState] = useState<PracticeTemplates | null>(null);
  const [practice, setPractice] = useState<PracticeSettings>(DEFAULT_PRACTICE);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [status, setStatus] = useState<string>('');
  const [query, setQuery] = useState('');
  const [service, setService] = useState<string>('');
  const [showArchived, setShowArchived] = useState(false);
  const [confirmReset, setConfirmReset] = useState<string | null>(null);

  useEffect(() => {
    load()
      .then(setState)
      .catch((e: unknown) => {
        setState(EMPTY_PRACTICE_TEMPLATES);
        setLoadError(`Your surgery’s templates could not be read: ${(e as Error)?.message ?? e}`);
      });
    loadPractice()
      .then((p) => setPractice({ ...DEFAULT_PRACTICE, ...p }))
      .catch(() => undefined);
    // Another tab's change shows here at once.
    return watch ? watch((s) => setState(s)) : undefined;
  }, []);

  const all = useMemo(() => (state ? effectiveTemplates(defaults, state) : []), [defaults, state]);

  async function commit(change: (s: PracticeTemplates) => PracticeTemplates, message: string): Promise<boolean> {
    try {
      const { state: next } = await update((current) => ({ next: change(current), result: null }));
      setState(next);
    } catch (e) {
      setStatus('');
      setLoadError(`Not saved: ${(e as Error)?.message ?? e}. Your templates are as they were.`);
      return false;
    }
    setLoadError(null);
    setStatus(message);
    return true;
  }

  /** Import a pack file's text into the templates as stored now (the counts are of that state). */
  async function importText(text: string, fileName: string): Promise<ImportResult> {
    try {
      const { state: next, result } = await update((current) => {
        const r = importPack(text, current, defaults);
        return { next: r.ok ? r.state : null, result: r };
      });
      if (result.ok) {
        setState(next);
        setLoadError(null);
        setStatus(`Imported the template pack “${fileName}”: ${result.added} new, ${result.updated} changed, ${result.unchanged} unchanged.`);
      }
      return result;
    } catch (e) {
      return { ok: false, errors: [`Not imported: ${(e as Error)?.message ?? e}.`] };
    }
  }

  if (!state) return <p>Loading templates…</p>;

  if (view.kind === 'edit') {
    return (
      <TemplateEditor
        heading={view.heading}
        initial={view.draft}
        isNew={view.isNew}
        practice={practice}
        onCancel={() => setView({ kind: 'list' })}
        onSave={async (draft) => {
          if (await commit((s) => putTemplate(s, defaults, draft), `Saved “${draft.title}”.`)) setView({ kind: 'list' });
        }}
      />
    );
  }

  const q = query.trim().toLowerCase();
  const shown = all.filter(
    (t) =>
      (showArchived || !t.archived) &&
      (!service || t.service === service) &&
      (!q ||
        [t.title, serviceName(t.service), t.body, ...Object.values(t.versions).map((x) => x.body)].some((s) => s.toLowerCase().includes(q))),
  );
  const taken = all.map((t) => t.id);

  return (
    <section aria-labelledby="templates-h">
      <h2 id="templates-h">Templates</h2>
      <p>The texts staff send from the panel. Changes here are used by the panel straight away and are kept when Nudge updates its default texts.</p>
      {loadError ? (
        <p role="alert" class="notice notice--error">
          {loadError}
        </p>
      ) : null}
      <p role="status" class={status ? 'notice notice--success' : 'visually-hidden'} data-testid="templates-status">
        {status}
      </p>
      <p>
        <button
          type="button"
          class="button"
          onClick={() =>
            setView({
              kind: 'edit',
              isNew: true,
              heading: 'New template',
              draft: { id: newTemplateId(taken), service: SERVICE_IDS[0], title: '', length: 'short', language: 'en', body: '', versions: {} },
            })
          }
        >
          New template
        </button>
      </p>
      <div class="tpl-filters" role="search" aria-label="Find templates">
        <div class="field">
          <label for="tpl-search">Search templates</label>
          <input id="tpl-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="tpl-service">Service</label>
          <select id="tpl-service" value={service} onChange={(e) => setService(e.currentTarget.value)}>
            <option value="">All services</option>
            <ServiceOptions />
          </select>
        </div>
        <div class="field field--check">
          <input id="tpl-archived" type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          <label for="tpl-archived">Show archived templates</label>
        </div>
      </div>
      <p aria-live="polite" data-testid="templates-count">
        {shown.length === 1 ? '1 template' : `${shown.length} templates`}
      </p>
      <ul class="tpl-list" aria-label="Templates">
        {shown.map((t) => {
          const hid = `tpl-${t.id}-title`;
          const tag = ORIGIN_TAG[t.origin];
          const langs = [t.language, ...Object.keys(t.versions)].map(languageName);
          return (
            <li key={t.id} class="card tpl-card" aria-labelledby={hid}>
              <h3 id={hid} class="card-title">
                {t.title}
              </h3>
              <p class="card-service">
                {serviceName(t.service)} · {t.length === 'short' ? 'Short' : 'Full'} · {langs.join(', ')}
              </p>
              <p class="tpl-tags">
                {tag ? <span class="tag">{tag}</span> : null} {t.archived ? <span class="tag tag--grey">Archived</span> : null}{' '}
                {t.defaultChanged ? <span class="tag tag--yellow">Nudge’s default wording has been updated</span> : null}
              </p>
              <p class="card-text" dir={t.dir} lang={t.language}>
                {t.body}
              </p>
              <div class="card-actions">
                <button type="button" class="button button--secondary" aria-describedby={hid} onClick={() => setView({ kind: 'edit', isNew: false, heading: `Edit “${t.title}”`, draft: draftOf(t) })}>
                  Edit
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  aria-describedby={hid}
                  onClick={() =>
                    setView({
                      kind: 'edit',
                      isNew: true,
                      heading: `Duplicate “${t.title}”`,
                      draft: { ...draftOf(t), id: newTemplateId(taken), title: `Copy of ${t.title}`.slice(0, 120) },
                    })
                  }
                >
                  Duplicate
                </button>
                {t.archived ? (
                  <button type="button" class="button button--secondary" aria-describedby={hid} onClick={() => void commit((s) => setArchived(s, t.id, false), `Restored “${t.title}”. The panel offers it again.`)}>
                    Restore
                  </button>
                ) : (
                  <button type="button" class="button button--secondary" aria-describedby={hid} onClick={() => void commit((s) => setArchived(s, t.id, true), `Archived “${t.title}”. The panel no longer offers it.`)}>
                    Archive
                  </button>
                )}
                {t.origin === 'edited' && t.defaultBody !== undefined ? (
                  <button type="button" class="button button--secondary" aria-describedby={hid} aria-expanded={confirmReset === t.id} onClick={() => setConfirmReset(confirmReset === t.id ? null : t.id)}>
                    Reset to default wording
                  </button>
                ) : null}
              </div>
              {confirmReset === t.id && t.defaultBody !== undefined ? (
                <div class="notice tpl-confirm">
                  <p>Your surgery’s wording will be replaced with Nudge’s default wording:</p>
                  <p class="card-text">{t.defaultBody}</p>
                  <button
                    type="button"
                    class="button button--warning"
                    onClick={() => {
                      setConfirmReset(null);
                      void commit((s) => resetToDefault(s, t.id), `“${t.title}” is back to the default wording.`);
                    }}
                  >
                    Use the default wording
                  </button>{' '}
                  <button type="button" class="button button--secondary" onClick={() => setConfirmReset(null)}>
                    Keep your wording
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <TemplatesPack all={all} importText={importText} />
    </section>
  );
}
