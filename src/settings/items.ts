/** Every stored setting, defined once. Extension pages and the background use these; content scripts never do. */
import { storage } from 'wxt/utils/storage';
import { NO_AUTO_BACKUP, type AutoBackupState } from '../log/auto-backup-state';
import { migrateV1toV2 } from './migrations/v1-to-v2';
import { migrateV2toV3 } from './migrations/v2-to-v3';
import { migrateV3toV4 } from './migrations/v3-to-v4';
import { coerceSettings, DEFAULT_SETTINGS, type Settings } from './model';
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

/** @deprecated the same item as `settingsItem` (its value now holds every setting, a superset of PracticeSettings). */
export const practiceItem = settingsItem;

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
