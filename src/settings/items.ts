/**
 * Every item Nudge keeps in browser.storage, defined once, each with a line saying what it holds.
 * Extension pages and the background use these; content scripts never do.
 */
import { storage } from 'wxt/utils/storage';
import type { Checklists } from '../checklist/model';
import { NO_AUTO_BACKUP, type AutoBackupState } from '../log/auto-backup-state';
import { migrateV1toV2 } from './migrations/v1-to-v2';
import { migrateV2toV3 } from './migrations/v2-to-v3';
import { migrateV3toV4 } from './migrations/v3-to-v4';
import { coerceSettings, DEFAULT_SETTINGS, type Settings } from './model';
import { DEFAULT_PREFS, type PanelPrefs } from './prefs';
import { SETTINGS_VERSION } from './version';

export { SETTINGS_VERSION };

/**
 * One step per version: the function that turns a value of version N-1 into version N (see version.ts).
 * Add a version by adding a file to migrations/ and a line here, with a test on an example of the
 * earlier version.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: never) => unknown> = {
  2: migrateV1toV2,
  3: migrateV2toV3,
  4: migrateV3toV4,
};

/** This workstation's settings (the managed policy may override them: see effective.ts). */
export const settingsItem = storage.defineItem<Settings>('local:practice', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as Record<number, (old: unknown) => Settings>,
});

/** The stored settings, checked: a bad stored value falls back to its default and never throws. */
export async function loadLocalSettings(): Promise<Settings> {
  try {
    return coerceSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** A random id for this workstation, made on first use; never derived from the machine or user. */
export const workstationIdItem = storage.defineItem<string>('local:workstationId', {
  init: () => crypto.randomUUID(),
});

/**
 * The managed policy as last read (IT's configuration, never patient data). The browser's policy
 * service can take seconds to answer just after it starts; with this the panel shows the practice's
 * texts at once and applies the fresh policy when it arrives (see loadEffectiveSettingsQuickly).
 */
export const policyCacheItem = storage.defineItem<Record<string, unknown> | null>('local:managedPolicyCache', {
  fallback: null,
});

/** What the automatic backups last did on this workstation (src/log/auto-backup.ts). No patient data. */
export const autoBackupStateItem = storage.defineItem<AutoBackupState>('local:autoBackupState', {
  fallback: NO_AUTO_BACKUP,
});

/** The panel's remembered role, setting, training switch and recent texts on this workstation (settings/prefs.ts). */
export const panelPrefsItem = storage.defineItem<PanelPrefs>('local:panelPrefs', { fallback: DEFAULT_PREFS, version: 1 });

/**
 * The practice's template overrides on this workstation (edited defaults, its own texts, archived
 * ids, language versions). Untrusted until parsed: templates/store.ts validates every read and write
 * against PracticeTemplatesSchema, so the item's type says no more than that.
 */
export const practiceTemplatesItem = storage.defineItem<unknown>('local:templates', {
  fallback: { templates: [], archived: [] },
  version: 1,
});

/**
 * The pathway checklists on this workstation (issue 17). Checked on every read and write by
 * checklist/store.ts (a stored value that does not validate is never overwritten). Version 1.
 */
export const checklistsItem = storage.defineItem<Checklists>('local:pathwayChecklists', { fallback: { services: {} }, version: 1 });

/**
 * The practice's own promotion wording on this workstation (issue 16). Untrusted until parsed:
 * promotion/store.ts validates every read and write against PromotionStateSchema. Version 1.
 */
export const promotionWordingItem = storage.defineItem<unknown>('local:promotionWording', { fallback: { items: [] }, version: 1 });
