/**
 * Content checks for promotion wording: the template editor's checks (src/templates/checks.ts), less
 * the ones only a text message needs, plus each channel's own (its length limit, a link where one is
 * needed and none in a script read aloud, the surgery named where the reader may not know who it is
 * from, no promise that the online form is open "at any time", a reading age of 11 or below: every
 * channel is read or heard by patients). Guidance, not blocks: only a placeholder Nudge cannot fill,
 * or a broken one, is an error.
 */
import { CHANNELS, type ChannelId } from '../catalogue/promotion';
import { EXAMPLE_PRACTICE, type PracticeSettings } from '../settings/practice';
import { checkTemplate, type CheckLevel } from '../templates/checks';
import { MAX_READING_AGE, readability } from '../templates/readability';
import { practiceValues, render, type Values } from '../templates/render';
import { measureFor } from './measure';

export interface PromotionCheck {
  id: string;
  level: CheckLevel;
  message: string;
}

/** Checks that only make sense for a text message (parts, encoding), or that a channel decides for itself. */
const TEXT_ONLY = new Set(['too-long', 'unicode', 'arrives-as-question-mark', 'length', 'no-link', 'surgery-not-named', 'online-consultation']);

const ONLINE_CONSULTATION = /\bonline[\s-]+consultations?\b|\be-?consult(?:ation)?s?\b/i;
const LINK = /\bhttps?:\/\/[^\s<>"]+/i;

/**
 * True when the text uses "online consultation" only to explain it, as the guidance asks websites to:
 * the word in quotation marks, and the same text saying it is not a video call.
 */
export function explainsOnlineConsultation(text: string): boolean {
  const quoted = /["“‘']\s*online[\s-]+consultations?\s*["”’']/i.test(text);
  return quoted && /\bnot a video call\b/i.test(text);
}

/** Sentences that promise the online form "at any time" (it may be closed out of hours: CONTENT.md). */
function anyTimeForm(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n+/).some((s) => /\bonline form\b/i.test(s) && /\b(?:at )?any ?time\b|\b24\/7\b|\bday or night\b/i.test(s));
}

export interface PromotionCheckOptions {
  practice: PracticeSettings;
}

/** The values to judge wording with: the practice's own, the example surgery's where they are missing. */
export function judgingValues(practice: PracticeSettings): Values {
  const values: Values = { ...practiceValues(EXAMPLE_PRACTICE) };
  for (const [k, v] of Object.entries(practiceValues(practice)) as [keyof Values, string | undefined][]) if (v?.trim()) values[k] = v;
  return values;
}

/** Every check for `body` as wording for `channel`. */
export function checkPromotion(body: string, channel: ChannelId, { practice }: PromotionCheckOptions): PromotionCheck[] {
  const def = CHANNELS[channel];
  const values = judgingValues(practice);
  const base = checkTemplate(body, { surgeryName: practice.surgeryName, partLimit: 99, rules: practice.countingRules, values });
  if (base.some((c) => c.id === 'empty')) return base;
  const checks: PromotionCheck[] = base.filter((c) => !TEXT_ONLY.has(c.id));
  const text = render(body, values).text;

  if (def.needsLink && !LINK.test(text)) {
    checks.push({ id: 'no-link', level: 'warning', message: 'There is no link. Give one clear action with a full link, such as ((nhs_app_url)) or ((online_form_url)).' });
  }
  if (!def.needsLink && LINK.test(text)) {
    checks.push({ id: 'link-read-aloud', level: 'warning', message: 'A link is hard to follow when it is read aloud. Say "on our website" or "in the NHS App" instead.' });
  }
  if (def.namesSurgery && !/\(\(\s*surgery_name\s*(?:\|[^()]*)?\)\)/i.test(body) && !(practice.surgeryName.trim() && body.toLowerCase().includes(practice.surgeryName.trim().toLowerCase()))) {
    checks.push({ id: 'surgery-not-named', level: 'warning', message: 'Say which surgery this is: add ((surgery_name)).' });
  }
  if (ONLINE_CONSULTATION.test(body) && !explainsOnlineConsultation(body)) {
    checks.push({
      id: 'online-consultation',
      level: 'warning',
      message: 'Patients often think "online consultation" means a video call. Say "contact us using our online form", or explain the word: put it in quotation marks and say it is not a video call.',
    });
  }
  if (anyTimeForm(text)) {
    checks.push({
      id: 'any-time',
      level: 'warning',
      message: 'Do not promise the online form is open at any time: many surgeries close it outside core hours. Say it is for requests that are not urgent, and what to do when it is urgent.',
    });
  }
  const reading = readability(text);
  if (reading.readingAge > MAX_READING_AGE) {
    const words = reading.longWords.slice(0, 3);
    checks.push({
      id: 'reading-age',
      level: 'warning',
      message: `Reading age about ${Math.round(reading.readingAge)}: aim for ${MAX_READING_AGE} or below, as for everything patients read. Shorter sentences and shorter words help${words.length ? `: try plainer words for ${words.map((w) => `"${w}"`).join(', ')}` : ''}.`,
    });
  }
  const m = measureFor(channel, text, practice.countingRules);
  if (!m.ok) {
    checks.push({
      id: 'over-limit',
      level: 'warning',
      message:
        def.limit.unit === 'gsm-characters' && m.gsm7 === false
          ? `A character here is not in the text message alphabet (GSM-7), so the footer would switch the whole reminder to Unicode. ${m.text}.`
          : `Longer than this channel allows: ${m.text}. ${def.limit.why}`,
    });
  }
  return checks;
}

/** Problems that stop wording from being saved: placeholders Nudge cannot fill, broken brackets, no text. */
export function blockingPromotionProblems(body: string): string[] {
  if (!body.trim()) return ['Write the wording.'];
  return checkTemplate(body, { partLimit: 99, rules: 'gsm' })
    .filter((c) => c.level === 'error')
    .map((c) => c.message);
}
