/**
 * This workstation's panel preferences: the role and setting staff chose, the training switch and
 * the texts each role used last. No patient data. Stored as `panelPrefsItem` (settings/items.ts);
 * the panel and the print page both read them, so an offer is recorded with the same role,
 * setting and training mode wherever it is made (src/log/recorder.ts recordingSource).
 */
import type { Role, Setting } from '../log/vocabulary';

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
