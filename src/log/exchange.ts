/**
 * The backup exchange file: its schema (valibot), limits and the checks every imported file
 * passes before anything is written. A file that fails any check is refused whole.
 */
import * as v from 'valibot';
import { SERVICE_IDS } from '../catalogue/services';
import type { Offer } from './types';
import { CHANNELS, OUTCOMES, ROLES, SETTINGS, VIAS } from './vocabulary';

export const EXCHANGE_FORMAT = 'nudge-offers';
export const EXCHANGE_VERSION = 1;

export const LIMITS = {
  /** Bytes per file (a million offers is about 300 MB). */
  fileBytes: 400 * 1024 * 1024,
  offersPerFile: 1_500_000,
  files: 50,
} as const;

const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9-]+$/));
const time = v.pipe(v.number(), v.integer(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME));
const flag = v.picklist([0, 1]);

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
});

export const ExchangeFileSchema = v.strictObject({
  format: v.literal(EXCHANGE_FORMAT),
  version: v.literal(EXCHANGE_VERSION),
  exported: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  workstation: v.pipe(v.string(), v.maxLength(64)),
  offers: v.pipe(v.array(OfferSchema), v.maxLength(LIMITS.offersPerFile)),
});

export type ExchangeFile = v.InferOutput<typeof ExchangeFileSchema>;

/** An imported file that is refused, with a message a practice manager can act on. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Only the fields of an offer, in a fixed order (for exports). */
export function pickOffer(o: Offer): Offer {
  return {
    id: o.id, time: o.time, day: o.day, service: o.service, item: o.item, via: o.via, channel: o.channel, role: o.role, setting: o.setting,
    outcome: o.outcome, workstation: o.workstation, language: o.language, training: o.training, updated: o.updated, deleted: o.deleted,
  };
}

const HOSTILE_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parse and check one exchange file's text. Throws ImportError naming the file and the first problem. */
export function parseExchangeFile(text: string, name: string): ExchangeFile {
  if (text.length > LIMITS.fileBytes) throw new ImportError(`${name} is too large to import (the limit is ${LIMITS.fileBytes / 1024 / 1024} MB).`);
  if (HOSTILE_KEY.test(text)) throw new ImportError(`${name} is not a Nudge backup: it contains fields that are not allowed.`);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new ImportError(`${name} is not a Nudge backup: it is not valid JSON.`);
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== EXCHANGE_FORMAT) {
    throw new ImportError(`${name} is not a Nudge backup file.`);
  }
  if (typeof head.version === 'number' && head.version > EXCHANGE_VERSION) {
    throw new ImportError(`${name} was made by a newer version of Nudge (file version ${head.version}). Update Nudge on this computer, then import it again.`);
  }
  const offers = (head as { offers?: unknown }).offers;
  if (Array.isArray(offers) && offers.length > LIMITS.offersPerFile) {
    throw new ImportError(`${name} has more offers than one file may hold (${LIMITS.offersPerFile.toLocaleString('en-GB')}). Nothing was changed.`);
  }
  const result = v.safeParse(ExchangeFileSchema, data, { abortEarly: true });
  if (!result.success) throw new ImportError(`${name} could not be imported: ${describeIssue(result.issues[0])}. Nothing was changed.`);
  return result.output;
}
