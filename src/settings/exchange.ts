/**
 * Settings files, for practices without central deployment: export on one workstation, import on
 * the others. `{ format: 'nudge-settings', version, settings }`. An import is checked in full
 * first; a bad file changes nothing and says why.
 */
import { migrateV1toV2, type SettingsV1 } from './migrations/v1-to-v2';
import { validateSettings, type FieldErrors, type Settings } from './model';
import { hostileKey } from '../messaging/hostile-keys';

export const SETTINGS_FORMAT = 'nudge-settings';
/** The same number as the stored item's version, so the same migrations apply. */
export const SETTINGS_FILE_VERSION = 2;

/** Settings that belong to one computer and are never copied to another. */
const PER_WORKSTATION = ['workstationName'] as const;

export function exportSettingsFile(settings: Settings): string {
  const copy: Partial<Settings> = { ...settings };
  for (const k of PER_WORKSTATION) delete copy[k];
  return `${JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_FILE_VERSION, settings: copy }, null, 2)}\n`;
}

export type Imported = { ok: true; settings: Settings } | { ok: false; message: string; errors?: FieldErrors };

/** Read a settings file. `current` supplies the settings that are never copied (this workstation's name). */
export function parseSettingsFile(text: string, current: Settings): Imported {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Nudge settings file: it is not valid JSON.' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SETTINGS_FORMAT) {
    return { ok: false, message: 'This file is not a Nudge settings file. Choose a file exported from Nudge’s Settings.' };
  }
  const bad = hostileKey(data);
  if (bad) return { ok: false, message: `This settings file contains a key that is not allowed (“${bad}”). Nothing was imported.` };
  const { version, settings } = data as { version?: unknown; settings?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'This settings file has no version number, so Nudge cannot read it.' };
  }
  if (version > SETTINGS_FILE_VERSION) {
    return { ok: false, message: 'This settings file was made by a newer version of Nudge. Update Nudge on this computer, then import it again.' };
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return { ok: false, message: 'This settings file has no settings in it.' };
  }
  const upgraded: Record<string, unknown> = version === 1 ? { ...migrateV1toV2(settings as SettingsV1) } : { ...(settings as Record<string, unknown>) };
  for (const k of PER_WORKSTATION) upgraded[k] = current[k];
  // Settings added after the file was made take their current value.
  for (const [k, val] of Object.entries(current)) if (upgraded[k] === undefined) upgraded[k] = val;
  const checked = validateSettings(upgraded);
  if (!checked.ok) {
    const n = Object.keys(checked.errors).length;
    return { ok: false, message: `Nothing was imported: ${n === 1 ? 'one setting in the file is' : `${n} settings in the file are`} not valid.`, errors: checked.errors };
  }
  return { ok: true, settings: checked.settings };
}
