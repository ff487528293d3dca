/**
 * A one-page staff briefing for a service (issue 17, item 4): what it is, its benefits, the common
 * questions with their answers (from the catalogue, so corrections there reach the briefing), how
 * to demonstrate it, and where patients get help with digital skills. Pure: the page and the
 * plain-text copy are both made from this.
 */
import { BENEFITS, QUESTIONS, SERVICES, type Benefit, type Question, type ServiceId } from '../catalogue';
import { DEMONSTRATIONS, DEMONSTRATION_RULE, NATIONAL_DIGITAL_HELP } from '../catalogue/training';
import { GUIDANCE } from '../catalogue/promotion';
import type { PracticeSettings } from '../settings/practice';
import { problemWith } from '../settings/setup';

/** Questions on one page: enough to be useful, few enough to fit. */
export const BRIEFING_QUESTIONS = 6;

export interface Briefing {
  service: ServiceId;
  title: string;
  /** The surgery's name when set up (never the example surgery's). */
  surgeryName: string;
  whatItIs: string;
  benefits: { label: string; text: string }[];
  questions: Question[];
  demonstrate: string[];
  demonstrateRule: string;
  digitalHelp: { name: string; what: string; url: string }[];
  source: string;
}

function benefitText(b: Benefit): string {
  return b.say || b.staffNote;
}

export function briefingFor(service: ServiceId, practice: PracticeSettings): Briefing {
  const s = SERVICES[service];
  const own: Briefing['digitalHelp'] = [];
  const contact = practice.digitalSupportContact.trim();
  const url = practice.digitalSupportUrl.trim();
  if (contact) own.push({ name: `Here: ${contact}`, what: 'help to get started, at the surgery', url: '' });
  if (url && !problemWith('digitalSupportUrl', url) && !NATIONAL_DIGITAL_HELP.some((h) => h.url && url.startsWith(h.url))) {
    own.push({ name: 'Our digital help link', what: 'the help our surgery suggests', url });
  }
  return {
    service,
    title: `Staff briefing: ${s.name}`,
    surgeryName: problemWith('surgeryName', practice.surgeryName) ? '' : practice.surgeryName.trim(),
    whatItIs: s.staffDescription,
    benefits: s.benefits.map((id) => BENEFITS[id]).map((b) => ({ label: b.label, text: benefitText(b) })),
    questions: [...new Set(s.questions)].slice(0, BRIEFING_QUESTIONS).map((id) => QUESTIONS[id]),
    demonstrate: DEMONSTRATIONS[service]?.steps ?? [],
    demonstrateRule: DEMONSTRATION_RULE,
    digitalHelp: [...own, ...NATIONAL_DIGITAL_HELP],
    source: `${GUIDANCE}: staff training, at reception; questions and answers from Nudge’s catalogue`,
  };
}

/** The briefing as plain text, to share by email or paste into a staff handbook. */
export function briefingText(b: Briefing): string {
  const out: string[] = [b.title + (b.surgeryName ? ` (${b.surgeryName})` : ''), ''];
  out.push('What it is', b.whatItIs, '');
  out.push('Benefits', ...b.benefits.map((x) => `- ${x.label}: ${x.text}`), '');
  out.push('Common questions', ...b.questions.flatMap((q) => [`Q: ${q.question}`, `A: ${q.answer}`]), '');
  out.push('How to demonstrate it', ...b.demonstrate.map((s, i) => `${i + 1}. ${s}`), b.demonstrateRule, '');
  out.push('Where patients get help with digital skills', ...b.digitalHelp.map((h) => `- ${h.name}: ${h.what}${h.url ? ` (${h.url})` : ''}`), '');
  out.push(`Source: ${b.source}`);
  return `${out.join('\n')}\n`;
}
