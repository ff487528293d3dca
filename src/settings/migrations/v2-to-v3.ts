/**
 * Version 3: the practice's own details no longer default to a fictional surgery (issue 11).
 * A workstation that saved its settings without changing them holds the example surgery's
 * values; they become "not set yet", so the panel asks for set-up instead of sending them. The
 * name is cleared only if the website is still the example one too (a real "Riverside Surgery"
 * that set its own links keeps its name).
 */
import type { Settings } from '../model';
import { EXAMPLE_PRACTICE, OWN_PRACTICE_FIELDS } from '../practice';

export function migrateV2toV3(v2: Settings | null | undefined): Settings {
  const old = (typeof v2 === 'object' && v2 !== null ? { ...v2 } : {}) as Record<string, unknown>;
  const untouched = old.websiteUrl === EXAMPLE_PRACTICE.websiteUrl;
  for (const field of OWN_PRACTICE_FIELDS) {
    if (old[field] !== EXAMPLE_PRACTICE[field]) continue;
    if (field === 'surgeryName' && !untouched) continue;
    old[field] = '';
  }
  return old as unknown as Settings;
}
