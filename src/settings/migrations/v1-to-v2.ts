/**
 * Version 1 of `local:practice` held only the practice's details (PracticeSettings).
 * Version 2 holds every setting: the practice's details are kept as they were, and the settings
 * added in version 2 start at their defaults. Values are not checked here; loading does that.
 */
import { DEFAULT_SETTINGS, type Settings } from '../model';
import { DEFAULT_PRACTICE, type PracticeSettings } from '../practice';

/** The stored shape at version 1 (possibly incomplete if an older build wrote it). */
export type SettingsV1 = Partial<PracticeSettings>;

export function migrateV1toV2(v1: SettingsV1 | null | undefined): Settings {
  const old = typeof v1 === 'object' && v1 !== null ? v1 : {};
  const kept: Partial<PracticeSettings> = {};
  for (const key of Object.keys(DEFAULT_PRACTICE) as (keyof PracticeSettings)[]) {
    if (old[key] !== undefined) (kept as Record<string, unknown>)[key] = old[key];
  }
  return { ...DEFAULT_SETTINGS, ...kept };
}
