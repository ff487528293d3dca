/** Dashboard → Settings: the practice's details, links, text message rules, this workstation, sites and the log. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { changedSettings, loadEffectiveSettings, saveLocalSettings, saveSettingsChanges, watchEffectiveSettings, type EffectiveSettings } from '../../settings/effective';
import { FIELD_GROUPS, FIELD_LABELS } from '../../settings/fields';
import { loadLocalSettings } from '../../settings/items';
import { validateSettings, type FieldErrors, type SettingKey, type Settings as SettingsValues } from '../../settings/model';
import type { SectionProps } from './sections';
import { fieldId, SettingsField } from './SettingsField';
import { SettingsFile } from './SettingsFile';
import { AllowedSites, fromDraft, SiteProfilesEditor, toDraft, type ProfileDraft } from './SettingsSites';
import './Settings.css';

type Draft = Record<string, unknown> & { siteProfiles: ProfileDraft[]; allowedSites: string[] };

const NUMBER_KEYS: SettingKey[] = ['partLimit', 'retentionMonths'];

function toFormDraft(s: SettingsValues): Draft {
  const d: Record<string, unknown> = { ...s };
  for (const k of NUMBER_KEYS) d[k] = String(s[k]);
  return { ...d, siteProfiles: s.siteProfiles.map(toDraft), allowedSites: [...s.allowedSites] } as Draft;
}

function fromFormDraft(d: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = { ...d, siteProfiles: d.siteProfiles.map(fromDraft) };
  for (const k of NUMBER_KEYS) {
    const raw = String(d[k] ?? '').trim();
    out[k] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return out;
}

/** Keys in the order they appear on the page, for the error summary. */
const ORDER: SettingKey[] = [...FIELD_GROUPS.flatMap((g) => g.fields.map((f) => f.key)), 'siteProfiles', 'allowedSites'];

export function Settings(_: SectionProps) {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [local, setLocal] = useState<SettingsValues | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const dirty = useRef(false);
  /** The settings the form started from: only what the user changed since is saved, so another tab's changes are kept. */
  const base = useRef<Record<string, unknown>>({});

  useEffect(() => {
    const apply = (e: EffectiveSettings, replaceDraft: boolean) => {
      setEffective(e);
      void loadLocalSettings().then(setLocal);
      if (replaceDraft || !dirty.current) {
        setDraft(toFormDraft(e.settings));
        base.current = fromFormDraft(toFormDraft(e.settings));
      }
      else
        // Keep what the user is typing, but show the policy's values for locked settings.
        setDraft((d) => (d ? { ...d, ...Object.fromEntries(e.locked.map((k) => [k, toFormDraft(e.settings)[k]])) } as Draft : toFormDraft(e.settings)));
    };
    void loadEffectiveSettings().then((e) => apply(e, true));
    return watchEffectiveSettings((e) => apply(e, false));
  }, []);

  if (!effective || !draft || !local) return <p>Loading settings…</p>;
  const locked = new Set(effective.locked);

  const update = (key: string, value: unknown) => {
    dirty.current = true;
    setStatus(null);
    setDraft((d) => (d ? ({ ...d, [key]: value } as Draft) : d));
  };

  async function save(e: Event) {
    e.preventDefault();
    if (!draft || !effective) return;
    setStatus(null);
    const candidate = fromFormDraft(draft);
    const checked = validateSettings(candidate);
    const shown: FieldErrors = {};
    if (!checked.ok) for (const [k, msg] of Object.entries(checked.errors) as [SettingKey, string][]) if (!locked.has(k)) shown[k] = msg;
    setErrors(shown);
    if (Object.keys(shown).length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const r = await saveSettingsChanges(changedSettings(base.current, candidate), effective.locked);
      if (!r.ok) {
        setErrors(r.errors);
        requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      dirty.current = false;
      base.current = candidate;
      setStatus('Settings saved. Open Nudge panels use them straight away.');
    } catch (err) {
      setStatus(null);
      setErrors({ surgeryName: `Settings could not be saved (${(err as Error)?.message ?? 'error'}). Try again.` });
    } finally {
      setSaving(false);
    }
  }

  const errorKeys = ORDER.filter((k) => errors[k]);

  return (
    <section aria-labelledby="settings-h" class="settings">
      <h2 id="settings-h">Settings</h2>
      {errorKeys.length ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={summaryRef} data-testid="error-summary">
          <h2 class="error-summary__title" id="error-summary-title">
            There is a problem
          </h2>
          <ul class="error-summary__list">
            {errorKeys.map((k) => (
              <li key={k}>
                <a href={`#${fieldId(k)}`} onClick={(ev) => { ev.preventDefault(); document.getElementById(fieldId(k))?.focus(); }}>
                  {FIELD_LABELS[k]}: {errors[k]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {effective.locked.length ? (
        <p class="notice" data-testid="policy-notice">
          Some settings are set by your organisation’s IT policy. They are marked Locked and can only be changed by your IT team.
        </p>
      ) : null}
      {effective.policyProblems.length ? (
        <div class="notice notice--error" data-testid="policy-problems">
          <p>Some of your IT policy’s settings were not used. Tell your IT team:</p>
          <ul>
            {effective.policyProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {status ? (
        <p class="notice notice--success" role="status" data-testid="settings-status">
          {status}
        </p>
      ) : null}
      <form onSubmit={(e) => void save(e)} noValidate>
        {FIELD_GROUPS.map((g) => (
          <fieldset class="fieldset" key={g.id}>
            <legend class="fieldset-legend">
              <h3 class="fieldset-heading">{g.title}</h3>
            </legend>
            {g.fields.map((f) => (
              <SettingsField
                key={f.key}
                spec={f}
                value={draft[f.key]}
                {...(errors[f.key] ? { error: errors[f.key] } : {})}
                locked={locked.has(f.key) || (f.key === 'trainingMode' && draft.trainingModeAllowed === false)}
                onInput={(v) => update(f.key, v)}
              />
            ))}
          </fieldset>
        ))}
        <h3 class="settings-subheading">Sites</h3>
        <SiteProfilesEditor
          profiles={draft.siteProfiles}
          locked={locked.has('siteProfiles')}
          {...(errors.siteProfiles ? { error: errors.siteProfiles } : {})}
          onChange={(next) => update('siteProfiles', next)}
        />
        <AllowedSites
          listed={draft.allowedSites}
          locked={locked.has('allowedSites')}
          {...(errors.allowedSites ? { error: errors.allowedSites } : {})}
          onChange={(next) => update('allowedSites', next)}
        />
        <button type="submit" class="button" disabled={saving}>
          Save settings
        </button>
      </form>
      <SettingsFile local={local} onImport={(s) => saveLocalSettings(s, effective.locked)} />
    </section>
  );
}
