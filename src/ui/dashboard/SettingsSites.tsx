import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteProfile } from '../../page/site-profile';
import { LOCKED_REASON } from '../../settings/policy';
import { fieldId } from './SettingsField';

/** A site profile as the form holds it: cues are one per line, "name | part of the address | text on the page". */
export interface ProfileDraft {
  host: string;
  nameSelector: string;
  nhsNumberSelector: string;
  mobileSelector: string;
  messageBoxSelector: string;
  cues: string;
}

export const EMPTY_PROFILE: ProfileDraft = { host: '', nameSelector: '', nhsNumberSelector: '', mobileSelector: '', messageBoxSelector: '', cues: '' };

export function toDraft(p: SiteProfile): ProfileDraft {
  return {
    host: p.host,
    nameSelector: p.nameSelector ?? '',
    nhsNumberSelector: p.nhsNumberSelector ?? '',
    mobileSelector: p.mobileSelector ?? '',
    messageBoxSelector: p.messageBoxSelector ?? '',
    cues: (p.cues ?? []).map((c) => [c.id, c.url ?? '', c.text ?? ''].join(' | ').replace(/( \| )+$/, '')).join('\n'),
  };
}

/** Back to the stored shape (validation happens on Save). */
export function fromDraft(d: ProfileDraft): SiteProfile {
  const cues = d.cues
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [id = '', url = '', text = ''] = line.split('|').map((s) => s.trim());
      return { id, ...(url ? { url } : {}), ...(text ? { text } : {}) };
    });
  return {
    host: d.host.trim(),
    ...(d.nameSelector.trim() ? { nameSelector: d.nameSelector.trim() } : {}),
    ...(d.nhsNumberSelector.trim() ? { nhsNumberSelector: d.nhsNumberSelector.trim() } : {}),
    ...(d.mobileSelector.trim() ? { mobileSelector: d.mobileSelector.trim() } : {}),
    ...(d.messageBoxSelector.trim() ? { messageBoxSelector: d.messageBoxSelector.trim() } : {}),
    ...(cues.length ? { cues } : {}),
  };
}

const PROFILE_FIELDS: { key: keyof ProfileDraft; label: string; hint?: string; multiline?: boolean }[] = [
  { key: 'host', label: 'Site address', hint: 'For example https://clinical.example.nhs.uk, or https://*.example.nhs.uk for all its subdomains.' },
  { key: 'nameSelector', label: 'Patient name selector (optional)', hint: 'A CSS selector, for example #patient-name.' },
  { key: 'nhsNumberSelector', label: 'NHS number selector (optional)' },
  { key: 'mobileSelector', label: 'Mobile number selector (optional)' },
  { key: 'messageBoxSelector', label: 'Message box selector (optional)' },
  { key: 'cues', label: 'Page cues (optional)', hint: 'One a line: a name, part of the page address, text on the page, separated by |. For example: results | /results | Test results', multiline: true },
];

export interface ProfilesProps {
  profiles: ProfileDraft[];
  locked: boolean;
  error?: string;
  onChange: (next: ProfileDraft[]) => void;
}

/** Site profiles: tune Nudge's readers for each clinical or booking system. */
export function SiteProfilesEditor({ profiles, locked, error, onChange }: ProfilesProps) {
  const set = (i: number, key: keyof ProfileDraft, value: string) => onChange(profiles.map((p, j) => (j === i ? { ...p, [key]: value } : p)));
  return (
    <fieldset class="fieldset" id={fieldId('siteProfiles')} tabIndex={-1} aria-describedby={error ? 'siteProfiles-error' : undefined}>
      <legend class="fieldset-legend">Site profiles</legend>
      <p class="hint">Nudge works on most systems without a profile. Add one only when it cannot find the patient’s details or the message box on a system.</p>
      {locked ? (
        <div class="locked-reason" data-testid="locked-siteProfiles">
          <strong class="tag">Locked</strong> {LOCKED_REASON}
        </div>
      ) : null}
      {error ? (
        <p class="error-message" id="siteProfiles-error">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {profiles.length === 0 ? <p>No site profiles.</p> : null}
      {profiles.map((p, i) => (
        <fieldset class="fieldset fieldset--inner" key={i}>
          <legend class="fieldset-legend">Site profile {i + 1}</legend>
          {PROFILE_FIELDS.map((f) => {
            const id = `profile-${i}-${f.key}`;
            const Tag = f.multiline ? 'textarea' : 'input';
            return (
              <div class="form-group" key={f.key}>
                <label class="label" for={id}>
                  {f.label}
                </label>
                {f.hint ? (
                  <div class="hint" id={`${id}-hint`}>
                    {f.hint}
                  </div>
                ) : null}
                <Tag
                  id={id}
                  class={f.multiline ? 'textarea' : 'input'}
                  value={p[f.key]}
                  readOnly={locked}
                  spellcheck={false}
                  autocomplete="off"
                  rows={f.multiline ? 3 : undefined}
                  aria-describedby={f.hint ? `${id}-hint` : undefined}
                  onInput={(e: Event) => set(i, f.key, (e.currentTarget as HTMLInputElement).value)}
                />
              </div>
            );
          })}
          {locked ? null : (
            <button type="button" class="button button--secondary" onClick={() => onChange(profiles.filter((_, j) => j !== i))}>
              Remove site profile {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      {locked ? null : (
        <button type="button" class="button button--secondary" onClick={() => onChange([...profiles, { ...EMPTY_PROFILE }])}>
          Add a site profile
        </button>
      )}
    </fieldset>
  );
}

/** The origin of a match pattern such as "https://clinical.example.nhs.uk/*", or null for wide patterns. */
function originOf(pattern: string): string | null {
  const m = pattern.match(/^(https?:\/\/[^*/]+)\/\*$/);
  return m ? (m[1] ?? null) : null;
}

export interface AllowedSitesProps {
  /** The settings' list of sites (from this workstation or the policy). */
  listed: string[];
  locked: boolean;
  error?: string;
  onChange: (next: string[]) => void;
}

/**
 * Sites Nudge may read: those allowed on this computer ("Allow on this site" in the panel) and those
 * the practice lists. Sites are added from the panel; here they are reviewed and removed.
 */
export function AllowedSites({ listed, locked, error, onChange }: AllowedSitesProps) {
  const [granted, setGranted] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const refresh = async () => {
    try {
      const { origins = [] } = await browser.permissions.getAll();
      setGranted(origins.map(originOf).filter((o): o is string => !!o));
    } catch {
      setGranted([]);
    }
  };
  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);

  const sites = [...new Set([...granted, ...listed])].sort();

  async function remove(site: string) {
    setMessage(null);
    if (listed.includes(site)) onChange(listed.filter((s) => s !== site));
    if (granted.includes(site)) {
      try {
        const removed = await browser.permissions.remove({ origins: [`${site}/*`] });
        if (!removed) throw new Error('not removed');
        setMessage({ kind: 'success', text: `Nudge can no longer read ${site} on this computer.` });
      } catch {
        setMessage({ kind: 'error', text: `${site} could not be removed: it is part of how Nudge was installed. Ask your IT team.` });
      }
      await refresh();
    } else {
      setMessage({ kind: 'success', text: `${site} will be removed from the list when you save.` });
    }
  }

  return (
    <fieldset class="fieldset" id={fieldId('allowedSites')} tabIndex={-1}>
      <legend class="fieldset-legend">Allowed sites</legend>
      <p class="hint">To add a site, open it, open Nudge’s panel and choose “Allow on this site”.</p>
      {locked ? (
        <div class="locked-reason" data-testid="locked-allowedSites">
          <strong class="tag">Locked</strong> {LOCKED_REASON}
        </div>
      ) : null}
      {error ? (
        <p class="error-message" id="allowedSites-error">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {message ? (
        <p class={`notice notice--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {sites.length === 0 ? (
        <p data-testid="no-sites">No sites yet.</p>
      ) : (
        <table data-testid="allowed-sites">
          <caption class="visually-hidden">Allowed sites</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">How</th>
              <th scope="col">
                <span class="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => {
              const inList = listed.includes(site);
              const how = [granted.includes(site) ? 'Allowed on this computer' : null, inList ? (locked ? 'Listed by your IT policy' : 'Listed in settings') : null]
                .filter(Boolean)
                .join('; ');
              const canRemove = granted.includes(site) || (inList && !locked);
              return (
                <tr key={site}>
                  <th scope="row">{site}</th>
                  <td>{how}</td>
                  <td>
                    {canRemove ? (
                      <button type="button" class="button button--secondary" onClick={() => void remove(site)}>
                        Remove<span class="visually-hidden"> {site}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
