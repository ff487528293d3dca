/**
 * The link a text is about, for its QR code and poster. A text function, so it lives with the
 * templates (it was in the QR code's module: design review, problem 4).
 */
import type { Template } from '../catalogue/templates';
import type { Values } from './render';

/**
 * The first full https link in a text (or an http link to this computer, which only a test system
 * such as the demo uses), without the sentence's closing punctuation.
 */
export function mainLink(text: string): string | null {
  const m = /(?:https:\/\/|http:\/\/(?:127\.0\.0\.1|localhost)(?=[:/]))[^\s<>"'“”‘’]+/i.exec(text);
  if (!m) return null;
  return m[0].replace(/[.,;:!?)\]]+$/, '');
}

/**
 * A template's main link: the placeholder it names as its link (`Template.link`) when that value
 * is a full link, else the first link in its rendered text.
 */
export function linkOf(t: Pick<Template, 'link'>, text: string, values: Values): string | null {
  const named = t.link ? values[t.link]?.trim() : undefined;
  return (named && mainLink(named) === named ? named : null) ?? mainLink(text);
}
