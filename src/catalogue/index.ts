/** The catalogue: online services, their benefits and questions, the default texts and the prompt cards. */
import type { Role } from '../log/vocabulary';
import { BENEFITS, type Benefit, type BenefitId } from './benefits';
import { PROMPTS, type PromptCard } from './prompts';
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

/** The cards for a role, in catalogue order (managers have none: they use the dashboard). */
export function promptsForRole(role: Role): PromptCard[] {
  if (role === 'manager') return [];
  return PROMPTS.filter((p) => p.roles.includes(role));
}
