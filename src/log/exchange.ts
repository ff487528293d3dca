/**
 * The backup exchange file: its schema (valibot), limits and the checks every imported file
 * passes before anything is written. A file that fails any check is refused whole.
 *
 * Version 2 (issue 16) adds, all optional: each offer's `practice` (ODS code), the exporting
 * workstation's name and practice, and the practice's campaigns. Version 1 files are still read
 * (their offers have no practice: "not recorded"); a file from a newer version is refused.
 */
import * as v from 'valibot';
import { SERVICE_IDS } from '../catalogue/services';
import { ChecklistsSchema } from '../checklist/model';
import { throwIfAborted } from './abort';
import { dayString, flag, id, OfferSchema, practiceCode, time } from './offer-schema';
import type { Campaign, Offer } from './types';

export { OfferSchema };

export const EXCHANGE_FORMAT = 'nudge-offers';
/**
 * Version 2 adds, all optional: each offer's practice, the workstation's name and practice and the
 * campaigns (issue 16), and the pathway checklists (issue 17). A version 1 file (offers only) still
 * imports; an older Nudge refuses a version 2 file with "made by a newer version".
 */
export const EXCHANGE_VERSION = 2;
/** Every file version this code reads. */
export const READABLE_VERSIONS = [1, 2] as const;

export const LIMITS = {
  /** Bytes per file (a million offers is about 300 MB). */
  fileBytes: 400 * 1024 * 1024,
  offersPerFile: 1_500_000,
  files: 50,
} as const;

/** Words a person typed (a name or a note): no control characters. */
const words = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => ![...s].some((ch) => ch.charCodeAt(0) < 32 ? !'\t\n\r'.includes(ch) : ch.charCodeAt(0) === 127), 'has control characters'),
  );

export const CampaignSchema = v.strictObject({
  id,
  name: v.pipe(words(80), v.minLength(1)),
  services: v.pipe(v.array(v.picklist(SERVICE_IDS)), v.maxLength(SERVICE_IDS.length)),
  start: dayString,
  end: dayString,
  note: words(500),
  practice: practiceCode,
  updated: time,
  deleted: flag,
});

export const ExchangeFileSchema = v.strictObject({
  format: v.literal(EXCHANGE_FORMAT),
  version: v.picklist(READABLE_VERSIONS),
  exported: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  workstation: v.pipe(v.string(), v.maxLength(64)),
  /** Version 2: the exporting workstation's name, as staff know it. */
  workstationName: v.optional(words(60)),
  /** Version 2: the exporting workstation's practice. */
  practice: v.optional(v.strictObject({ odsCode: practiceCode, name: words(80) })),
  /** Version 2: the pathway checklists on the exporting workstation (src/checklist/model.ts). */
  checklists: v.optional(ChecklistsSchema),
  offers: v.pipe(v.array(OfferSchema), v.maxLength(LIMITS.offersPerFile)),
  /** Version 2: campaigns, deleted ones included (so deletions reach every copy). */
  campaigns: v.optional(v.pipe(v.array(CampaignSchema), v.maxLength(1000))),
});

export type ExchangeFile = v.InferOutput<typeof ExchangeFileSchema>;

/** An imported file that is refused, with a message a practice manager can act on. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Only the fields of an offer, in a fixed order (for exports). The practice only when recorded. */
export function pickOffer(o: Offer): Offer {
  return {
    id: o.id, time: o.time, day: o.day, service: o.service, item: o.item, via: o.via, channel: o.channel, role: o.role, setting: o.setting,
    outcome: o.outcome, workstation: o.workstation, language: o.language, training: o.training, updated: o.updated, deleted: o.deleted,
    ...(o.practice ? { practice: o.practice } : {}),
  };
}

/** Only the fields of a campaign, in a fixed order (for exports). */
export function pickCampaign(c: Campaign): Campaign {
  return { id: c.id, name: c.name, services: [...c.services], start: c.start, end: c.end, note: c.note, practice: c.practice, updated: c.updated, deleted: c.deleted };
}

const HOSTILE_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The checks before the schema: size, hostile keys, JSON, format, version, offer count. Returns the parsed JSON. */
function readExchangeJson(text: string, name: string): Record<string, unknown> {
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
  return head as Record<string, unknown>;
}

const refused = (name: string, issue: v.BaseIssue<unknown>, prefix = '') =>
  new ImportError(`${name} could not be imported: ${prefix}${describeIssue(issue)}. Nothing was changed.`);

/** Parse and check one exchange file's text. Throws ImportError naming the file and the first problem. */
export function parseExchangeFile(text: string, name: string): ExchangeFile {
  const data = readExchangeJson(text, name);
  const result = v.safeParse(ExchangeFileSchema, data, { abortEarly: true });
  if (!result.success) throw refused(name, result.issues[0]);
  return result.output;
}

const OfferListSchema = v.array(OfferSchema);
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same checks as parseExchangeFile, for large files: the offers are checked a slice at a time,
 * giving the page back between slices, so that it keeps drawing (progress) and a Cancel is seen
 * within a slice instead of after the whole file.
 */
export async function parseExchangeFileInSlices(text: string, name: string, opts: { signal?: AbortSignal; slice?: number } = {}): Promise<ExchangeFile> {
  const slice = opts.slice ?? 2500;
  const data = readExchangeJson(text, name);
  const offers = data.offers;
  if (!Array.isArray(offers)) return parseExchangeFile(text, name);
  const head = v.safeParse(ExchangeFileSchema, { ...data, offers: [] }, { abortEarly: true });
  if (!head.success) throw refused(name, head.issues[0]);
  const out: ExchangeFile['offers'] = [];
  for (let start = 0; start < offers.length; start += slice) {
    await nextTask();
    throwIfAborted(opts.signal);
    const r = v.safeParse(OfferListSchema, offers.slice(start, start + slice), { abortEarly: true });
    if (!r.success) {
      const [first, ...rest] = r.issues[0].path ?? [];
      const where = [`offers.${start + Number(first?.key ?? 0)}`, ...rest.map((p) => String(p.key))].join('.');
      throw new ImportError(`${name} could not be imported: ${where}: ${r.issues[0].message}. Nothing was changed.`);
    }
    for (const o of r.output) out.push(o);
  }
  return { ...head.output, offers: out };
}
