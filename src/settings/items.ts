/** Every stored setting, defined once. Extension pages and the background use these; content scripts never do. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_PRACTICE, type PracticeSettings } from './practice';

/** The practice's details and message rules (local to this workstation; the managed policy may override). */
export const practiceItem = storage.defineItem<PracticeSettings>('local:practice', {
  fallback: DEFAULT_PRACTICE,
  version: 1,
});

/** A random id for this workstation, made on first use; never derived from the machine or user. */
export const workstationIdItem = storage.defineItem<string>('local:workstationId', {
  init: () => crypto.randomUUID(),
});
