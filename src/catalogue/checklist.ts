/**
 * The guidance's checklist for introducing or updating a service or pathway ("A joined-up
 * approach"), as questions a practice answers for each service (issue 17, item 3; content review
 * section 1d). Each is worded so that "yes" is the good answer. Staff-facing words, written for Nudge.
 */
import { GUIDANCE, GUIDANCE_URL } from './promotion';

export const CHECKLIST_QUESTION_IDS = [
  'clear-how',
  'steps-join-up',
  'no-needless-offline-step',
  'timely',
  'templates-gather',
  'no-bias',
  'good-experience',
] as const;
export type ChecklistQuestionId = (typeof CHECKLIST_QUESTION_IDS)[number];

export interface ChecklistQuestion {
  id: ChecklistQuestionId;
  question: string;
  /** What to look at before answering. */
  hint: string;
  source: string;
  reviewed: string;
}

const SOURCE = `${GUIDANCE}: A joined-up approach (checklist)`;
const REVIEWED = '2026-12-01';

export const CHECKLIST_QUESTIONS: ChecklistQuestion[] = [
  {
    id: 'clear-how',
    question: 'Is it clear to patients and to staff how to do this online?',
    hint: 'Try it as a patient would, on a phone: from the website’s front page and from the NHS App. Ask a receptionist to explain it in a sentence.',
    source: SOURCE,
    reviewed: REVIEWED,
  },
  {
    id: 'steps-join-up',
    question: 'Does each step, for the patient and for the team, lead smoothly into the next?',
    hint: 'Follow one request from the patient’s first click to the last message they get. Note any step where it stalls or waits for someone.',
    source: SOURCE,
    reviewed: REVIEWED,
  },
  {
    id: 'no-needless-offline-step',
    question: 'Can patients finish it without a phone call or visit they do not need?',
    hint: 'Look for steps that send people to the phone or the desk only because of how the process is set up, such as collecting a form.',
    source: SOURCE,
    reviewed: REVIEWED,
  },
  {
    id: 'timely',
    question: 'Do we answer online requests as quickly as phone calls and visits?',
    hint: 'Compare how long online and phone requests wait for a first answer. There should be no two-tier service, and patients hear what happens next within one working day.',
    source: SOURCE,
    reviewed: REVIEWED,
  },
  {
    id: 'templates-gather',
    question: 'Do our forms and templates gather what we need the first time?',
    hint: 'Count how often the team has to go back to patients for missing information, and which questions a form or template could ask instead.',
    source: SOURCE,
    reviewed: REVIEWED,
  },
  {
    id: 'no-bias',
    question: 'Do we offer and promote it to everyone, without assuming some groups will not want it?',
    hint: 'Check who is offered it, for example by age or first language, and that help is offered to people who need support rather than leaving them out.',
    source: SOURCE,
    reviewed: REVIEWED,
  },
  {
    id: 'good-experience',
    question: 'Is the online experience good enough that patients choose it again next time?',
    hint: 'Ask a few patients and your patient group how it went, and look at how many people come back to it.',
    source: SOURCE,
    reviewed: REVIEWED,
  },
];

/** The guidance names NHS England's toolkit on inclusive access but gives no address: it is reached from the guidance. */
export const INCLUSIVE_ACCESS = {
  label: 'The guidance, and NHS England’s toolkit on inclusive access it names',
  note: 'The guidance points practices to NHS England’s toolkit on inclusive access for reviewing or updating their joined-up approach. Find the toolkit from the guidance page.',
  url: GUIDANCE_URL,
  source: SOURCE,
  reviewed: REVIEWED,
} as const;

export const ANSWER_VALUES = ['yes', 'partly', 'no'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];
export const ANSWER_LABELS: Record<AnswerValue, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

/** A suggested gap before the next review of a pathway (the guidance asks for regular review). */
export const SUGGESTED_REVIEW_MONTHS = 6;
