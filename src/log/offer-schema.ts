/**
 * One offer as the log stores it and every message and file carries it, checked with valibot.
 * Its own module so that a page that only sends offers (the panel, through the background) loads
 * this and the vocabulary, not the backup file's schema with its checklists and campaigns (the
 * panel's first-load JavaScript, issue 14 item 7).
 */
import * as v from 'valibot';
import { SERVICE_IDS } from '../catalogue/service-names';
import { isOdsPracticeCode } from './practice';
import { CHANNELS, OUTCOMES, ROLES, SETTINGS, VIAS } from './vocabulary';

const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);

export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9-]+$/));
export const time = v.pipe(v.number(), v.integer(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME));
export const flag = v.picklist([0, 1]);
export const dayString = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
/** A practice's ODS code, or '' for "not recorded". */
export const practiceCode = v.union([v.literal(''), v.pipe(v.string(), v.check(isOdsPracticeCode, 'not a GP practice ODS code'))]);

/** One offer. */
export const OfferSchema = v.strictObject({
  id,
  time,
  day: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
  service: v.picklist(SERVICE_IDS),
  item: v.pipe(v.string(), v.maxLength(100), v.regex(/^(?:[a-z0-9][a-z0-9._-]*)?$/i)),
  via: v.picklist(VIAS),
  channel: v.picklist(CHANNELS),
  role: v.picklist(ROLES),
  setting: v.picklist(SETTINGS),
  outcome: v.picklist(OUTCOMES),
  workstation: v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9._-]+$/)),
  language: v.pipe(v.string(), v.minLength(2), v.maxLength(35), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/)),
  training: flag,
  updated: time,
  deleted: flag,
  practice: v.optional(practiceCode),
});
