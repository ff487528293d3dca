/**
 * The pathway checklists on this workstation (browser.storage), written atomically across tabs, and
 * merged from backups. A stored value that does not validate is never overwritten.
 */
import type { ChecklistQuestionId } from '../catalogue/checklist';
import type { ServiceId } from '../catalogue/services';
import { checklistsItem } from '../settings/items';
import { updateLocked } from '../settings/locked-update';
import {
  applyEdits,
  mergeChecklists,
  mergeSummary,
  parseChecklists,
  type AnswerEdit,
  type ChecklistMergeSummary,
  type Checklists,
} from './model';

const LOCK = 'nudge:pathway-checklists';

export async function loadChecklists(): Promise<Checklists> {
  const r = parseChecklists(await checklistsItem.getValue());
  if (r.ok) return r.value;
  throw new Error(`The pathway checklists in storage are not valid (${r.error}).`);
}

function update(change: (c: Checklists) => Checklists): Promise<Checklists> {
  return updateLocked(checklistsItem, LOCK, (raw) => {
    const r = parseChecklists(raw);
    if (!r.ok) throw new Error(`the stored checklists are not valid (${r.error}), so nothing was saved`);
    const next = change(r.value);
    const checked = parseChecklists(next);
    if (!checked.ok) throw new Error(checked.error);
    return checked.value;
  });
}

/** Save one service's answers and next review date over the checklists as stored now. */
export function saveServiceChecklist(
  service: ServiceId,
  edits: Partial<Record<ChecklistQuestionId, AnswerEdit>>,
  nextReview: string | undefined,
  now = Date.now(),
): Promise<Checklists> {
  return update((c) => applyEdits(c, service, edits, nextReview, now));
}

/** Merge checklists from backup files into this workstation's, newest answer winning. */
export async function mergeStoredChecklists(incoming: readonly Checklists[]): Promise<ChecklistMergeSummary> {
  let summary: ChecklistMergeSummary = { added: 0, updated: 0 };
  await update((local) => {
    const merged = incoming.reduce(mergeChecklists, local);
    summary = mergeSummary(local, merged);
    return merged;
  });
  return summary;
}
