/**
 * Role play turns the panel's training mode on (issue 17, item 4): offers made while practising are
 * marked as training, so the dashboard leaves them out of its counts. The panel keeps its
 * preferences in one stored item (`panelPrefsItem` in src/settings/items.ts, key "local:panelPrefs");
 * this changes only its `training` field, atomically, and never touches the panel's code.
 *
 * The panel reads its preferences when it opens, so a panel that is already open must be closed and
 * opened again to start in training mode (the role-play page says so, and the panel shows a yellow
 * "Training mode" banner when it is on).
 */
import { DEFAULT_PREFS, type PanelPrefs } from '../settings/prefs';
import { panelPrefsItem } from '../settings/items';
import { updateLocked, type StoredItem } from '../settings/locked-update';

const LOCK = 'nudge:panel-prefs';

/** The prefs with training mode set, everything else kept (a missing or damaged value gets the defaults). */
export function withTraining(prefs: unknown, on: boolean): PanelPrefs {
  const base = prefs && typeof prefs === 'object' && !Array.isArray(prefs) ? (prefs as Partial<PanelPrefs>) : {};
  return { ...DEFAULT_PREFS, ...base, training: on };
}

export interface PracticeModeDeps {
  item?: StoredItem<PanelPrefs>;
  /** Whether the practice allows training mode on this computer (its settings or policy). */
  allowed: () => Promise<boolean>;
}

export type PracticeResult = { ok: true } | { ok: false; reason: string };

/** Turn training mode on for role play, unless the practice has switched training mode off here. */
export async function startPractising(deps: PracticeModeDeps): Promise<PracticeResult> {
  if (!(await deps.allowed())) {
    return { ok: false, reason: 'Your practice has switched training mode off on this computer, so role play here would count as real offers. Practise on a computer where training mode is allowed, or ask your practice manager.' };
  }
  await updateLocked(deps.item ?? panelPrefsItem, LOCK, (p) => withTraining(p, true));
  return { ok: true };
}

/** Turn training mode off again, so that offers count. */
export async function finishPractising(deps: Pick<PracticeModeDeps, 'item'> = {}): Promise<void> {
  await updateLocked(deps.item ?? panelPrefsItem, LOCK, (p) => withTraining(p, false));
}

/** Whether training mode is on in the panel's stored preferences. */
export async function isPractising(item: StoredItem<PanelPrefs> = panelPrefsItem): Promise<boolean> {
  const p: unknown = await item.getValue();
  return !!p && typeof p === 'object' && (p as PanelPrefs).training === true;
}
