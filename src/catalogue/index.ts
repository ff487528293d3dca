/** The catalogue: online services, their benefits and questions, the default texts and the prompt cards. */
import type { Role } from '../log/types';
import { render, type Values } from '../templates/render';
import { BENEFITS, type Benefit, type BenefitId } from './benefits';
import { GENERIC_CUES, PROMPTS, type Cue, type PromptCard, type PromptLink } from './prompts';
import { QUESTIONS, type Question, type QuestionId } from './questions';
import { SERVICES, SERVICE_IDS, type Service, type ServiceId } from './services';
import { DEFAULT_TEMPLATES, type Template } from './templates';

export * from './benefits';
export * from './questions';
export * from './services';
export * from './templates';
export * from './prompts';
export * from './groups';

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Every service, by id (the same object as SERVICES). */
export const servicesById: Readonly<Record<ServiceId, Service>> = SERVICES;

export function isServiceId(id: string): id is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(id);
}

export function serviceById(id: string): Service | undefined {
  return isServiceId(id) ? SERVICES[id] : undefined;
}

const templateIndex = new Map(DEFAULT_TEMPLATES.map((t) => [t.id, t]));

/** A template of the default pack by id. */
export function templateById(id: string): Template | undefined {
  return templateIndex.get(id);
}

/** The default templates for a service, short ones first, in pack order otherwise. */
export function templatesForService(service: ServiceId): Template[] {
  const mine = DEFAULT_TEMPLATES.filter((t) => t.service === service);
  return [...mine.filter((t) => t.length === 'short'), ...mine.filter((t) => t.length === 'full')];
}

export function questionById(id: string): Question | undefined {
  return has(QUESTIONS, id) ? QUESTIONS[id as QuestionId] : undefined;
}

export function benefitById(id: string): Benefit | undefined {
  return has(BENEFITS, id) ? BENEFITS[id as BenefitId] : undefined;
}

export function promptById(id: string): PromptCard | undefined {
  return PROMPTS.find((p) => p.id === id);
}

export function cueById(id: string): Cue | undefined {
  return GENERIC_CUES.find((c) => c.id === id);
}

/** The cards for a role, in catalogue order (managers have none: they use the dashboard). */
export function promptsForRole(role: Role): PromptCard[] {
  if (role === 'manager') return [];
  return PROMPTS.filter((p) => p.roles.includes(role));
}

/** The questions and answers for a card or a service, in its order. */
export function questionsFor(item: { questions: readonly QuestionId[] }): Question[] {
  return item.questions.map((id) => QUESTIONS[id]);
}

/** The benefits for a card or a service, in its order. */
export function benefitsFor(item: { benefits: readonly BenefitId[] }): Benefit[] {
  return item.benefits.map((id) => BENEFITS[id]);
}

/** The templates a card suggests, in its order (ids the pack no longer has are skipped). */
export function templatesForPrompt(card: PromptCard, templates: readonly Template[] = DEFAULT_TEMPLATES): Template[] {
  return card.templates.flatMap((id) => templates.find((t) => t.id === id) ?? []);
}

/**
 * A card's links with ((placeholders)) filled from practice values. A link whose value is not
 * set is left out rather than shown broken.
 */
export function linksFor(card: PromptCard, values: Values): PromptLink[] {
  return card.links.flatMap((l) => {
    const r = render(l.url, values);
    return r.missing.length || r.unknown.length ? [] : [{ label: l.label, url: r.text }];
  });
}
