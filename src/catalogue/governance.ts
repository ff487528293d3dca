/**
 * Content governance (issue 11, item 7): every default content item a patient or a member of staff
 * reads, as one list with its source and the date it was last reviewed, so the dashboard can list
 * what is due for review and the tests can hold every item to the same rules (a source, a date,
 * reading age, no "at any time", an urgent line where it invites symptoms).
 */
import { GENERAL, POSTER_FOOTER, POSTERS } from '../ui/print/poster-words';
import { BENEFITS } from './benefits';
import { PROMPTS } from './prompts';
import { QUESTIONS } from './questions';
import { SERVICES } from './services';
import { isDueForReview, REVIEW_INTERVAL_MONTHS, type Source } from './sources';
import { DEFAULT_TEMPLATES } from './templates';

export type ContentKind = 'text' | 'answer' | 'benefit' | 'card' | 'poster' | 'service';

export const KIND_LABEL: Record<ContentKind, string> = {
  text: 'Text message',
  answer: 'Answer to a question',
  benefit: 'Benefit line',
  card: 'Prompt card',
  poster: 'Poster words',
  service: 'Service description',
};

export interface ContentItem {
  kind: ContentKind;
  id: string;
  /** What staff call it: a text's title, a question, a card's summary, a service's name. */
  label: string;
  source: Source;
  reviewed: string;
  /** The words a patient reads or hears (a text, an answer, a poster, a benefit line, a card's quoted lines). */
  patientWords: string[];
}

/** Talking points that open with a quote are said to the patient as they are. */
function quotedLines(detail: readonly string[]): string[] {
  return detail.filter((d) => d.startsWith('"')).map((d) => d.replace(/^"|"$/g, ''));
}

/** Every default content item, in a stable order. */
export function defaultContent(): ContentItem[] {
  return [
    ...DEFAULT_TEMPLATES.map((t): ContentItem => ({ kind: 'text', id: t.id, label: t.title, source: t.source, reviewed: t.reviewed, patientWords: [t.body] })),
    ...Object.values(QUESTIONS).map((q): ContentItem => ({ kind: 'answer', id: q.id, label: q.question, source: q.source, reviewed: q.reviewed, patientWords: [q.answer] })),
    ...Object.values(BENEFITS).map((b): ContentItem => ({ kind: 'benefit', id: b.id, label: b.label, source: b.source, reviewed: b.reviewed, patientWords: b.say ? [b.say] : [] })),
    ...PROMPTS.map((p): ContentItem => ({ kind: 'card', id: p.id, label: p.summary, source: p.source, reviewed: p.reviewed, patientWords: quotedLines(p.detail) })),
    ...Object.entries(POSTERS).map(([id, p]): ContentItem => ({ kind: 'poster', id, label: SERVICES[id as keyof typeof SERVICES]?.name ?? id, source: p.source, reviewed: p.reviewed, patientWords: [p.words] })),
    { kind: 'poster', id: 'general', label: 'Poster for any other service', source: GENERAL.source, reviewed: GENERAL.reviewed, patientWords: [GENERAL.words] },
    { kind: 'poster', id: 'footer', label: 'Line at the foot of every poster', source: POSTER_FOOTER.source, reviewed: POSTER_FOOTER.reviewed, patientWords: [POSTER_FOOTER.words] },
    ...Object.values(SERVICES).map((s): ContentItem => ({ kind: 'service', id: s.id, label: s.name, source: s.source, reviewed: s.reviewed, patientWords: [] })),
  ];
}

/** Default content last reviewed more than 12 months before `now` (or with no valid review date), oldest first. */
export function dueForReview(items: readonly ContentItem[], now: Date, months = REVIEW_INTERVAL_MONTHS): ContentItem[] {
  return items.filter((i) => isDueForReview(i.reviewed, now, months)).sort((a, b) => a.reviewed.localeCompare(b.reviewed));
}
