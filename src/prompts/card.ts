/**
 * What a prompt card offers, worked out from the texts and settings in force (the catalogue holds
 * only data). Small on purpose: the panel loads it at once; the card's benefits and answers are
 * read only when someone opens its details (src/ui/panel/card-answers.tsx).
 */
import type { Template } from '../catalogue/templates';
import type { PromptCard, PromptLink } from '../catalogue/prompts';
import { render, type Values } from '../templates/render';

/** The texts a card suggests that are in force (archived or removed ones are skipped), in its order; the first is its main text. */
export function cardTexts<T extends Pick<Template, 'id'>>(card: Pick<PromptCard, 'templates'>, templates: readonly T[]): T[] {
  return card.templates.flatMap((id) => templates.find((t) => t.id === id) ?? []);
}

/** A card's links with ((placeholders)) filled from the practice's values; a link whose value is not set is left out, never shown broken. */
export function cardLinks(card: Pick<PromptCard, 'links'>, values: Values): PromptLink[] {
  return card.links.flatMap((l) => {
    const r = render(l.url, values);
    return r.missing.length || r.unknown.length ? [] : [{ label: l.label, url: r.text }];
  });
}
