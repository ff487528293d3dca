/** This workstation's panel preferences. No patient data: role, setting, training switch and recent template ids. */
import { storage } from 'wxt/utils/storage';
import type { Role, Setting } from '../../log/types';

export interface PanelPrefs {
  /** Chosen in the panel and remembered on this workstation; null until chosen (the default role applies). */
  role: Role | null;
  /** Where staff are working; null means "follow the role". */
  setting: Setting | null;
  training: boolean;
  /** Template ids most recently used, most recent first, per role. */
  recent: Partial<Record<Role, string[]>>;
}

export const DEFAULT_PREFS: PanelPrefs = { role: null, setting: null, training: false, recent: {} };

/** The panel's remembered preferences on this workstation. */
export const panelPrefsItem = storage.defineItem<PanelPrefs>('local:panelPrefs', { fallback: DEFAULT_PREFS, version: 1 });

/** The setting a role usually works in. */
export function settingForRole(role: Role): Setting {
  return role === 'clinician' ? 'consultation' : role === 'receptionist' ? 'phone' : 'other';
}
