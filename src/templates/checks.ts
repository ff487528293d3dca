/**
 * Content checks for the template editor. Guidance, not blocks: warnings and notes help a practice
 * manager write in NHS content style (who it is from, one clear action, a full link, no "click here",
 * no "online consultation", short enough); only a placeholder Nudge cannot fill is an error, because
 * the text could never be sent as written.
 */
import { EXAMPLE_PRACTICE } from '../settings/practice';
import { analyseMessage, summarise } from '../sms/analyse';
import type { CountingRules } from '../sms/count';
import { PLACEHOLDERS, practiceValues, render, type Values } from './render';

export type CheckLevel = 'error' | 'warning' | 'info';

export interface TemplateCheck {
  id:
    | 'empty'
    | 'unknown-placeholder'
    | 'broken-placeholder'
    | 'no-link'
    | 'link-not-full'
    | 'link-not-secure'
    | 'click-here'
    | 'online-consultation'
    | 'surgery-not-named'
    | 'too-long'
    | 'unicode'
    | 'arrives-as-question-mark'
    | 'wording'
    | 'length';
  level: CheckLevel;
  message: string;
}

export interface CheckOptions {
  surgeryName?: string;
  partLimit: number;
  rules: CountingRules;
  /** The practice's own values; the defaults of a fictional surgery fill any gap. */
  values?: Values;
}

/**
 * A longish first name for judging length: the default pack promises one part for names of up to
 * 10 letters, so the check measures with a 10-letter name.
 */
export const TYPICAL_FIRST_NAME = 'Jacqueline';

const TOKEN = /\(\(([^()|]*?)(?:\|([^()]*))?\)\)/g;
const FULL_URL = /\bhttps?:\/\/[^\s<>"]+/gi;
const BARE_DOMAIN = /(?<![\w@./-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:uk|com|org|net|info|io|app|scot|wales|cymru)\b(?:\/[^\s]*)?/gi;
const CLICK_HERE = /\b(?:click|tap|press)\s+(?:on\s+)?(?:here|this\s+link)\b/i;
const ONLINE_CONSULTATION = /\bonline[\s-]+consultations?\b|\be-?consult(?:ation)?s?\b/i;

const WORDING: { pattern: RegExp; message: string }[] = [
  { pattern: /\bSMS\b/, message: 'Say "text message" rather than "SMS".' },
  { pattern: /\bmedical records?\b/i, message: 'Say "health record" rather than "medical record".' },
  { pattern: /\bprox(?:y|ies)\b/i, message: 'Say "carer" or "someone you trust" rather than "proxy".' },
  { pattern: /\bNHS app\b/, message: 'Write "NHS App" with a capital A.' },
  { pattern: /\bNHS Login\b/, message: 'Write "NHS login" with a small l.' },
  // Content review (December 2026): patients say "GP surgery" and "doctor or nurse".
  { pattern: /\b(?:our|the|your) practice\b/i, message: 'Say "GP surgery" (or "us") rather than "practice".' },
  { pattern: /\bclinicians?\b/i, message: 'Say "doctor or nurse" rather than "clinician".' },
];

function placeholderNames(body: string): string[] {
  return [...body.matchAll(TOKEN)].map((m) => m[1]!.trim().toLowerCase());
}

/**
 * For a link asked for at each send (such as ((condition_url))), a long NHS page address: the text
 * does have a link, and its length is judged with a realistic one.
 */
export const TYPICAL_PER_SEND_LINK = 'https://www.nhs.uk/conditions/high-blood-pressure-hypertension/';

function typicalValues(options: CheckOptions): Values {
  const values: Values = { ...practiceValues(EXAMPLE_PRACTICE), first_name: TYPICAL_FIRST_NAME };
  for (const [name, def] of Object.entries(PLACEHOLDERS) as [keyof Values, (typeof PLACEHOLDERS)[keyof typeof PLACEHOLDERS]][]) {
    if (!def.setting && !def.patient && name.endsWith('_url')) values[name] = TYPICAL_PER_SEND_LINK;
  }
  for (const [k, v] of Object.entries(options.values ?? {}) as [keyof Values, string | undefined][]) {
    if (v?.trim()) values[k] = v;
  }
  if (options.surgeryName?.trim()) values.surgery_name = options.surgeryName.trim();
  return values;
}

export function checkTemplate(body: string, options: CheckOptions): TemplateCheck[] {
  const checks: TemplateCheck[] = [];
  if (!body.trim()) {
    return [{ id: 'empty', level: 'error', message: 'Write the text of the message.' }];
  }

  const rendered = render(body, typicalValues(options));
  for (const name of rendered.unknown) {
    checks.push({
      id: 'unknown-placeholder',
      level: 'error',
      message: `((${name})) is not a placeholder Nudge can fill. Check the spelling, or use one of: ${Object.keys(PLACEHOLDERS)
        .map((p) => `((${p}))`)
        .join(', ')}.`,
    });
  }
  const withoutTokens = body.replace(TOKEN, ' ');
  if (withoutTokens.includes('((') || withoutTokens.includes('))')) {
    checks.push({
      id: 'broken-placeholder',
      level: 'error',
      message: 'A placeholder is missing a bracket. Write each one with two brackets on each side, like ((first_name)).',
    });
  }

  const text = rendered.text;
  const fullLinks = [...text.matchAll(FULL_URL)].map((m) => m[0]);
  const bare = [...text.replace(FULL_URL, ' ').matchAll(BARE_DOMAIN)].map((m) => m[0].replace(/[.,;:!?)]+$/, ''));
  if (fullLinks.length === 0 && bare.length === 0) {
    checks.push({
      id: 'no-link',
      level: 'warning',
      message: 'There is no link. Most texts need one clear action with a full link, such as ((nhs_app_url)) or ((online_form_url)).',
    });
  }
  if (bare.length) {
    checks.push({
      id: 'link-not-full',
      level: 'warning',
      message: `Write links in full, starting https://, so every phone shows them as links: ${bare.join(', ')}.`,
    });
  }
  const insecure = fullLinks.filter((l) => /^http:/i.test(l));
  if (insecure.length) {
    checks.push({ id: 'link-not-secure', level: 'warning', message: `Use links that start https://: ${insecure.join(', ')}.` });
  }

  if (CLICK_HERE.test(body)) {
    checks.push({
      id: 'click-here',
      level: 'warning',
      message: 'Do not say "click here". Say what the patient can do, then give the full link.',
    });
  }
  if (ONLINE_CONSULTATION.test(body)) {
    checks.push({
      id: 'online-consultation',
      level: 'warning',
      message: 'Patients often think "online consultation" means a video call. Say "contact us using our online form".',
    });
  }

  const name = options.surgeryName?.trim();
  const named = placeholderNames(body).includes('surgery_name') || (name ? body.toLowerCase().includes(name.toLowerCase()) : false);
  if (!named) {
    checks.push({
      id: 'surgery-not-named',
      level: 'warning',
      message: 'Say who the text is from: add ((surgery_name)) so the patient knows it comes from their GP surgery.',
    });
  }

  const analysis = analyseMessage(text, { rules: options.rules, partLimit: options.partLimit });
  if (analysis.fragments > options.partLimit) {
    checks.push({
      id: 'too-long',
      level: 'warning',
      message: `With typical details this text is ${analysis.fragments} text message parts, over your limit of ${options.partLimit}. Try a shorter version.`,
    });
  }
  for (const w of analysis.warnings) {
    if (w.id === 'ucs2' && options.rules === 'gsm') checks.push({ id: 'unicode', level: 'warning', message: w.message });
    if (w.id === 'ucs2' && options.rules === 'notify') checks.push({ id: 'unicode', level: 'info', message: w.message });
    if (w.id === 'arrives-as-question-mark') checks.push({ id: 'arrives-as-question-mark', level: 'warning', message: w.message });
    if (w.id === 'too-long-for-notify') checks.push({ id: 'too-long', level: 'warning', message: w.message });
  }

  for (const rule of WORDING) {
    if (rule.pattern.test(withoutTokens)) checks.push({ id: 'wording', level: 'info', message: rule.message });
  }
  checks.push({ id: 'length', level: 'info', message: `With typical details: ${summarise(analysis)}.` });
  return checks;
}
