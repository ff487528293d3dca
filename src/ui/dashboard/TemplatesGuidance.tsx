/**
 * Content guidance shown in the template editor, from checkTemplate() (src/templates/checks.ts):
 * advice, never a block on saving. Its errors (placeholders Nudge cannot fill, broken brackets)
 * are blocks, and the editor reports them next to the text instead (see draftErrors).
 */
import type { PracticeSettings } from '../../settings/practice';
import { checkTemplate } from '../../templates/checks';
import { practiceValues } from '../../templates/render';

export function guidanceFor(text: string, practice: PracticeSettings): string[] {
  if (!text.trim()) return [];
  return checkTemplate(text, {
    surgeryName: practice.surgeryName,
    partLimit: practice.partLimit,
    rules: practice.countingRules,
    values: practiceValues(practice),
  })
    .filter((c) => c.level !== 'error')
    .map((c) => c.message);
}

/** Problems that stop a text from ever being sent as written, other than unknown placeholders. */
export function blockingProblems(text: string): string[] {
  if (!text.trim()) return [];
  return checkTemplate(text, { partLimit: 99, rules: 'gsm' })
    .filter((c) => c.level === 'error' && c.id !== 'unknown-placeholder' && c.id !== 'empty')
    .map((c) => c.message);
}
