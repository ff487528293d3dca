/**
 * The settings in force: this workstation's own, with the managed policy merged over them.
 * A thin adapter over `browser.storage`; the rules live in model.ts and policy.ts.
 */
import { browser } from 'wxt/browser';
import type { Template } from '../catalogue/templates';
import { withLock } from '../ext/lock';
import { loadLocalSettings, policyCacheItem, settingsItem } from './items';
import { validateSettings, type FieldErrors, type SettingKey, type Settings } from './model';
import { mergeSettings, NO_POLICY, readPolicy, type Policy } from './policy';

export interface EffectiveSettings {
  settings: Settings;
  /** Set by the policy, so read-only here. */
  locked: SettingKey[];
  /** The policy's template pack, if it has one. */
  policyTemplates: Template[] | null;
  /** Policy entries that were ignored, and why. */
  policyProblems: string[];
}

/** The managed policy, or none. Firefox throws when no policy is set for the extension; that means none. */
export async function readManagedPolicy(): Promise<Policy> {
  let raw: Record<string, unknown> = {};
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    raw = {};
  }
  void policyCacheItem.setValue(raw).catch(() => {});
  return raw && Object.keys(raw).length ? readPolicy(raw) : NO_POLICY;
}

export function combine(local: Settings, policy: Policy): EffectiveSettings {
  const merged = mergeSettings(local, policy.values);
  return { settings: merged.settings, locked: merged.locked, policyTemplates: policy.templates, policyProblems: policy.problems };
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [local, policy] = await Promise.all([loadLocalSettings(), readManagedPolicy()]);
  return combine(local, policy);
}

/**
 * The settings in force `now`, using the policy as last read, and `fresh` once the browser has
 * answered with the policy itself (which can take seconds just after the browser starts). Until a
 * policy has ever been read on this workstation, `now` holds this workstation's own settings with
 * `policyRead: false`: enough to show texts at once, never to send one (the panel waits for
 * `fresh` before sending: defaults never stand in for a policy).
 */
export async function loadEffectiveSettingsQuickly(): Promise<{ now: EffectiveSettings; policyRead: boolean; fresh: Promise<EffectiveSettings> }> {
  const fresh = loadEffectiveSettings();
  const [local, cached] = await Promise.all([loadLocalSettings(), policyCacheItem.getValue().catch(() => null)]);
  if (cached === null || typeof cached !== 'object') return { now: combine(local, NO_POLICY), policyRead: false, fresh };
  return { now: combine(local, Object.keys(cached).length ? readPolicy(cached) : NO_POLICY), policyRead: true, fresh };
}

/**
 * Call `onChange` with the new effective settings whenever the policy or the local settings change
 * (so a policy pushed by IT applies without reopening the panel). Returns a function that stops watching.
 */
export function watchEffectiveSettings(onChange: (e: EffectiveSettings) => void): () => void {
  const localKey = settingsItem.key.replace(/^local:/, '');
  let stopped = false;
  // Reads can finish out of order (the policy can take seconds to answer): only a read started after
  // the last one given out is given out, so a slow, older read never overwrites a newer one.
  let started = 0;
  let given = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && localKey in changes)) {
      const mine = ++started;
      void loadEffectiveSettings().then((e) => {
        if (stopped || mine < given) return;
        given = mine;
        onChange(e);
      });
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The lock every extension page takes around a read-modify-write of this workstation's settings (issue 13, item 5). */
export const SETTINGS_LOCK = 'nudge:settings';

/**
 * Save this workstation's settings. They are checked first; nothing is written unless all are valid.
 * Locked settings keep their earlier local value (the policy's value is not copied into local storage).
 * For a whole set of settings, such as an imported settings file; a screen that changed some fields
 * saves only those (saveSettingsChanges), so another tab's changes are kept.
 */
export async function saveLocalSettings(next: Settings, locked: readonly SettingKey[] = []): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  return withLock(SETTINGS_LOCK, async () => {
    const current = await loadLocalSettings();
    const candidate = { ...next } as Record<SettingKey, unknown>;
    for (const key of locked) candidate[key] = current[key];
    const checked = validateSettings(candidate);
    if (!checked.ok) return checked;
    await settingsItem.setValue(checked.settings);
    return { ok: true as const };
  });
}

/**
 * Save the settings a screen changed, applied to the settings as stored now inside one lock shared
 * by every extension page: two dashboard tabs that change different settings both keep their
 * change (issue 13, item 5). Locked settings are never written; nothing is written unless the
 * result is valid.
 */
export async function saveSettingsChanges(changes: Partial<Settings>, locked: readonly SettingKey[] = []): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  return withLock(SETTINGS_LOCK, async () => {
    const current = await loadLocalSettings();
    const candidate = { ...current } as Record<SettingKey, unknown>;
    for (const [key, value] of Object.entries(changes) as [SettingKey, unknown][]) if (!locked.includes(key)) candidate[key] = value;
    const checked = validateSettings(candidate);
    if (!checked.ok) return checked;
    await settingsItem.setValue(checked.settings);
    return { ok: true as const };
  });
}

/** The settings in `next` that differ from `base` (compared as JSON), for saveSettingsChanges. */
export function changedSettings(base: Record<string, unknown>, next: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) if (JSON.stringify(value) !== JSON.stringify(base[key])) out[key] = value;
  return out as Partial<Settings>;
}

/**
 * Follow the settings in force from a quick start (loadEffectiveSettingsQuickly): `fresh`, the first full
 * read, then every change. A change read before `fresh` answers wins over it (`fresh` was started
 * earlier, so it may hold the settings as they were before the change). `read` settles once `fresh` has.
 */
export function followEffectiveSettings(fresh: Promise<EffectiveSettings>, onChange: (e: EffectiveSettings) => void): { stop: () => void; read: Promise<void> } {
  let changed = false;
  const stop = watchEffectiveSettings((e) => {
    changed = true;
    onChange(e);
  });
  const read = fresh.then(
    (e) => {
      if (!changed) onChange(e);
    },
    () => {},
  );
  return { stop, read };
}
