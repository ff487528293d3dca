/**
 * The user's choices in the panel (role, setting, training switch, recent texts), as signals,
 * saved on this workstation. Training mode and the role an offer is recorded with come from
 * `recordingSource` (src/log/recorder.ts), the same function the print page uses.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { recordingSource, type RecordingSettings } from '../../log/recorder';
import type { Role, Setting } from '../../log/vocabulary';
import { DEFAULT_PREFS, type PanelPrefs } from '../../settings/prefs';
import { touchRecent } from '../../templates/search';

export interface PrefsDeps {
  initial?: Partial<PanelPrefs>;
  /** Save the preferences on this workstation (rejects when it cannot). */
  save?: (p: PanelPrefs) => Promise<void>;
  /** The settings in force (policy over local): default role, training rules, logging. */
  settings: ReadonlySignal<RecordingSettings>;
  workstation: string;
  /** Told when a choice could not be saved (it still applies until the panel closes). */
  onSaveError?: () => void;
}

export type PanelPrefsState = ReturnType<typeof createPrefs>;

export function createPrefs(deps: PrefsDeps) {
  const prefs = signal<PanelPrefs>({ ...DEFAULT_PREFS, ...deps.initial });
  const source = computed(() => recordingSource(prefs.value, deps.settings.value, deps.workstation));
  const role = computed<Role>(() => source.value.role);
  const setting = computed<Setting>(() => source.value.setting);
  const training = computed(() => source.value.training);
  const trainingAllowed = computed(() => deps.settings.value.trainingModeAllowed);
  const trainingForced = computed(() => deps.settings.value.trainingMode);
  const recent = computed(() => prefs.value.recent[role.value] ?? []);

  function set(next: Partial<PanelPrefs>): void {
    prefs.value = { ...prefs.value, ...next };
    deps.save?.(prefs.value).catch(() => deps.onSaveError?.());
  }

  return {
    prefs,
    /** Who is making offers, and how they are counted, right now. */
    source,
    role,
    setting,
    training,
    trainingAllowed,
    trainingForced,
    recent,
    /** Switch role: the setting follows the role until the user changes it. */
    setRole(r: Role): void {
      set({ role: r, setting: null });
    },
    setSetting(x: Setting): void {
      set({ setting: x });
    },
    setTraining(on: boolean): void {
      set({ training: on });
    },
    /**
     * The stored preferences changed elsewhere (another panel, or role play turning training mode
     * on from the dashboard: issue 17, H39): take them as they are, without saving them back.
     */
    replace(stored: Partial<PanelPrefs> | null): void {
      prefs.value = { ...DEFAULT_PREFS, ...stored };
    },
    /** Put a text first in the role's recent list. */
    usedText(id: string): void {
      set({ recent: { ...prefs.value.recent, [role.value]: touchRecent(recent.value, id) } });
    },
  };
}
