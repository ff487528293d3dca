/**
 * Content guidance shown in the template editor (advice, never a block on saving).
 *
 * INTEGRATION POINT (issue 3, item 6): `checkTemplate()` in src/templates/checks.ts is being
 * written by another engineer. When it lands, replace the body of `guidanceFor` with a call to it
 * (mapping its findings to sentences). Until then this small interim version gives the same
 * kinds of advice so the editor can be used.
 */
import type { PracticeSettings } from '../../settings/practice';
import { practiceValues, render } from '../../templates/render';

export function guidanceFor(text: string, practice: PracticeSettings): string[] {
  if (!text.trim()) return [];
  const filled = render(text, { ...practiceValues(practice), first_name: 'Sam' }).text;
  const out: string[] = [];
  if (!/https:\/\/\S+/i.test(filled)) out.push('Add a full link starting with https:// so patients know where to go.');
  else if (/(^|\s)(www\.)\S+/i.test(filled.replace(/https:\/\/\S+/gi, ''))) out.push('Write links in full, starting with https://.');
  if (/click here/i.test(filled)) out.push('Avoid “click here”: say where the link goes instead.');
  if (/online consultation|e-?consultation/i.test(filled)) out.push('Patients may think “online consultation” means a video call: say “contact us using our online form”.');
  if (!/\(\(\s*surgery_name\b/i.test(text) && !(practice.surgeryName && filled.includes(practice.surgeryName))) {
    out.push('Say who the text is from: add ((surgery_name)).');
  }
  if (filled.length > 459) out.push('This is a long text. Patients read short texts more often; keep to one clear action.');
  return out;
}
