/**
 * The pathway checklist's answers (issue 17, item 3): for each service, each question answered yes,
 * partly or no with a short note and the date, and a next review date. Merging answers from another
 * workstation's backup is a join: per question, the answer saved last (its `updated` time) wins, and
 * a tie between different answers is settled the same way everywhere, so merging in any order, any
 * number of times, gives the same checklist. Pure.
 */
import * as v from 'valibot';
import { ANSWER_VALUES, CHECKLIST_QUESTION_IDS, type AnswerValue, type ChecklistQuestionId } from '../catalogue/checklist';
import { SERVICE_IDS, type ServiceId } from '../catalogue/services';

export const NOTE_MAX = 300;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);
const time = v.pipe(v.number(), v.integer(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME));

export interface Answer {
  answer: AnswerValue;
  /** A short note (no patient details). */
  note: string;
  /** The day it was answered, "YYYY-MM-DD". */
  date: string;
  /** When it was saved (epoch milliseconds): the newest wins when checklists merge. */
  updated: number;
}

export interface NextReview {
  /** "YYYY-MM-DD", or '' once cleared (kept, so that a clear merges too). */
  date: string;
  updated: number;
}

export interface ServiceChecklist {
  answers: Partial<Record<ChecklistQuestionId, Answer>>;
  nextReview?: NextReview;
}

export interface Checklists {
  services: Partial<Record<ServiceId, ServiceChecklist>>;
}

export const EMPTY_CHECKLISTS: Checklists = { services: {} };

export const AnswerSchema = v.strictObject({
  answer: v.picklist(ANSWER_VALUES, 'An answer must be yes, partly or no.'),
  note: v.pipe(v.string(), v.maxLength(NOTE_MAX, `A note is longer than ${NOTE_MAX} characters.`)),
  date: v.pipe(v.string(), v.regex(DAY, 'An answer’s date must be a day such as 2026-12-01.')),
  updated: time,
});

export const NextReviewSchema = v.strictObject({
  date: v.pipe(v.string(), v.check((s) => s === '' || DAY.test(s), 'A next review date must be a day such as 2027-06-01.')),
  updated: time,
});

export const ServiceChecklistSchema = v.strictObject({
  answers: v.strictObject(Object.fromEntries(CHECKLIST_QUESTION_IDS.map((q) => [q, v.optional(AnswerSchema)])) as Record<ChecklistQuestionId, v.OptionalSchema<typeof AnswerSchema, undefined>>),
  nextReview: v.optional(NextReviewSchema),
});

/** The checklists as stored and as carried in the backup file. */
export const ChecklistsSchema = v.strictObject({
  services: v.strictObject(Object.fromEntries(SERVICE_IDS.map((s) => [s, v.optional(ServiceChecklistSchema)])) as Record<ServiceId, v.OptionalSchema<typeof ServiceChecklistSchema, undefined>>),
});

export function parseChecklists(raw: unknown): { ok: true; value: Checklists } | { ok: false; error: string } {
  const r = v.safeParse(ChecklistsSchema, raw);
  if (r.success) return { ok: true, value: r.output as Checklists };
  const issue = r.issues[0];
  const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
  return { ok: false, error: `${path ? `${path}: ` : ''}${issue?.message ?? 'not valid'}` };
}

function key(x: Answer | NextReview): string {
  return JSON.stringify(x, Object.keys(x).sort());
}

/** The copy that wins between two of the same question's answers (or next review dates). */
export function newer<T extends Answer | NextReview>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
  return key(a) >= key(b) ? a : b;
}

/** Merge two sets of checklists: per service and question, the newest answer wins. */
export function mergeChecklists(a: Checklists, b: Checklists): Checklists {
  const services: Checklists['services'] = {};
  for (const s of SERVICE_IDS) {
    const x = a.services[s];
    const y = b.services[s];
    if (!x && !y) continue;
    const answers: ServiceChecklist['answers'] = {};
    for (const q of CHECKLIST_QUESTION_IDS) {
      const w = newer(x?.answers[q], y?.answers[q]);
      if (w) answers[q] = w;
    }
    const nextReview = newer(x?.nextReview, y?.nextReview);
    services[s] = nextReview ? { answers, nextReview } : { answers };
  }
  return { services };
}

export interface ChecklistMergeSummary {
  /** Answers (and next review dates) this workstation did not have. */
  added: number;
  /** Answers this workstation had, replaced by a newer one. */
  updated: number;
}

/** What merging `incoming` into `local` changes. */
export function mergeSummary(local: Checklists, merged: Checklists): ChecklistMergeSummary {
  const out: ChecklistMergeSummary = { added: 0, updated: 0 };
  for (const s of SERVICE_IDS) {
    const before = local.services[s];
    const after = merged.services[s];
    if (!after) continue;
    const pairs: [Answer | NextReview | undefined, Answer | NextReview | undefined][] = [
      ...CHECKLIST_QUESTION_IDS.map((q) => [before?.answers[q], after.answers[q]] as [Answer | undefined, Answer | undefined]),
      [before?.nextReview, after.nextReview],
    ];
    for (const [b, a] of pairs) {
      if (!a) continue;
      if (!b) out.added++;
      else if (key(a) !== key(b)) out.updated++;
    }
  }
  return out;
}

/** What the checklist page saves for one question. */
export interface AnswerEdit {
  answer: AnswerValue;
  note: string;
  date: string;
}

/**
 * Apply the page's edits to the checklists as stored now: only questions whose answer, note or
 * date changed get a new `updated` time, so an unchanged answer saved again still merges as it was.
 */
export function applyEdits(
  current: Checklists,
  service: ServiceId,
  edits: Partial<Record<ChecklistQuestionId, AnswerEdit>>,
  nextReview: string | undefined,
  now: number,
): Checklists {
  const had = current.services[service] ?? { answers: {} };
  const answers = { ...had.answers };
  for (const q of CHECKLIST_QUESTION_IDS) {
    const e = edits[q];
    if (!e) continue;
    const old = answers[q];
    const note = e.note.trim().slice(0, NOTE_MAX);
    if (old && old.answer === e.answer && old.note === note && old.date === e.date) continue;
    answers[q] = { answer: e.answer, note, date: e.date, updated: now };
  }
  let next = had.nextReview;
  if (nextReview !== undefined && nextReview !== (had.nextReview?.date ?? '')) next = { date: nextReview, updated: now };
  return { services: { ...current.services, [service]: next ? { answers, nextReview: next } : { answers } } };
}

/** How many of a service's questions are answered, and how. */
export function answerCounts(c: ServiceChecklist | undefined): Record<AnswerValue, number> & { answered: number } {
  const out = { yes: 0, partly: 0, no: 0, answered: 0 };
  for (const q of CHECKLIST_QUESTION_IDS) {
    const a = c?.answers[q];
    if (!a) continue;
    out[a.answer]++;
    out.answered++;
  }
  return out;
}

/** The last day a service's checklist was answered on, or null. */
export function lastAnswered(c: ServiceChecklist | undefined): string | null {
  const days = CHECKLIST_QUESTION_IDS.map((q) => c?.answers[q]?.date).filter((d): d is string => !!d);
  return days.length ? days.sort().at(-1)! : null;
}
