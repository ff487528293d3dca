/**
 * Campaigns: a manager names one (services, start and end dates, a note) and the dashboard compares
 * the period before it, the campaign itself and the period after it. The three periods have the
 * same number of days, so their numbers of offers can be compared fairly; a period that has not
 * finished yet is said to be part-way.
 */
import { SERVICE_IDS, type ServiceId } from '../catalogue/services';
import { addDays } from './counts';
import type { LogDatabase } from './db';
import { isOdsPracticeCode } from './practice';
import { figuresFor, type Figures } from './trends';
import type { Campaign } from './types';

export interface Range {
  from: string;
  to: string;
}

export interface CampaignPeriods {
  /** Days in each period (the campaign's own length). */
  days: number;
  before: Range;
  during: Range;
  after: Range;
  /** Days of each period up to and including today (0 when it has not started). */
  elapsed: { before: number; during: number; after: number };
}

const DAY_MS = 86_400_000;

/** Days from `a` to `b` ("YYYY-MM-DD"), counting both: the same day is 1. */
export function daysInclusive(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS) + 1;
}

function elapsedIn(r: Range, today: string): number {
  if (today < r.from) return 0;
  return daysInclusive(r.from, today < r.to ? today : r.to);
}

/** The periods before, during and after a campaign, each as long as the campaign. */
export function campaignPeriods(c: Pick<Campaign, 'start' | 'end'>, today: string): CampaignPeriods {
  const days = daysInclusive(c.start, c.end);
  const before = { from: addDays(c.start, -days), to: addDays(c.start, -1) };
  const during = { from: c.start, to: c.end };
  const after = { from: addDays(c.end, 1), to: addDays(c.end, days) };
  return { days, before, during, after, elapsed: { before: elapsedIn(before, today), during: elapsedIn(during, today), after: elapsedIn(after, today) } };
}

export interface Comparison {
  periods: CampaignPeriods;
  before: Figures;
  during: Figures;
  after: Figures;
}

/** The figures for the periods before, during and after a campaign, for its services and practice. */
export async function compareCampaign(db: LogDatabase, c: Campaign, opts: { today: string; includeTraining?: boolean }): Promise<Comparison> {
  const periods = campaignPeriods(c, opts.today);
  const filter = { includeTraining: opts.includeTraining ?? false, practice: c.practice, services: c.services };
  const [before, during, after] = await Promise.all([periods.before, periods.during, periods.after].map((r) => figuresFor(db, { ...filter, ...r })));
  return { periods, before: before!, during: during!, after: after! };
}

// ---------- editing ----------

export const CAMPAIGN_LIMITS = { name: 80, note: 500, days: 366 } as const;

export interface CampaignDraft {
  name: string;
  services: string[];
  start: string;
  end: string;
  note: string;
  practice: string;
}

export type CampaignErrors = Partial<Record<keyof CampaignDraft, string>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (s: string) => DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Check a campaign as the manager typed it. Every field's problem, in plain words. */
export function checkCampaign(d: CampaignDraft): { ok: true; value: CampaignDraft } | { ok: false; errors: CampaignErrors } {
  const errors: CampaignErrors = {};
  const name = d.name.trim();
  const note = d.note.trim();
  if (!name) errors.name = 'Enter a name for the campaign';
  else if (name.length > CAMPAIGN_LIMITS.name) errors.name = `The name must be ${CAMPAIGN_LIMITS.name} characters or fewer`;
  if (note.length > CAMPAIGN_LIMITS.note) errors.note = `The note must be ${CAMPAIGN_LIMITS.note} characters or fewer`;
  if (d.services.some((s) => !(SERVICE_IDS as readonly string[]).includes(s))) errors.services = 'Choose services from the list';
  if (!realDay(d.start)) errors.start = 'Enter the start date in full';
  if (!realDay(d.end)) errors.end = 'Enter the end date in full';
  else if (!errors.start && d.end < d.start) errors.end = 'The end date must be on or after the start date';
  else if (!errors.start && daysInclusive(d.start, d.end) > CAMPAIGN_LIMITS.days) errors.end = `A campaign can last at most ${CAMPAIGN_LIMITS.days} days`;
  if (d.practice && !isOdsPracticeCode(d.practice)) errors.practice = 'Choose a practice from the list';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { ...d, name, note, services: [...new Set(d.services)] } };
}

/** Save a new campaign (no id) or an edit. The edit's time is always later than the one it replaces. */
export async function saveCampaign(db: LogDatabase, draft: CampaignDraft, id?: string, now = Date.now()): Promise<Campaign> {
  const checked = checkCampaign(draft);
  if (!checked.ok) throw new Error('The campaign is not valid.');
  return db.transaction('rw', db.campaigns, async () => {
    const old = id ? await db.campaigns.get(id) : undefined;
    const c: Campaign = {
      id: old?.id ?? crypto.randomUUID(),
      ...checked.value,
      services: checked.value.services as ServiceId[],
      updated: old ? Math.max(now, old.updated + 1) : now,
      deleted: 0,
    };
    await db.campaigns.put(c);
    return c;
  });
}

/** Delete a campaign: kept as deleted, so the deletion reaches every copy of the log. */
export async function deleteCampaign(db: LogDatabase, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.campaigns, async () => {
    const old = await db.campaigns.get(id);
    if (old && !old.deleted) await db.campaigns.put({ ...old, deleted: 1, updated: Math.max(now, old.updated + 1) });
  });
}

/** Live campaigns, newest start first. */
export async function listCampaigns(db: LogDatabase): Promise<Campaign[]> {
  return (await db.campaigns.toArray()).filter((c) => !c.deleted).sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : a.name.localeCompare(b.name, 'en-GB')));
}
