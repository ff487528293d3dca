/**
 * HTML for the practice's website, built with DOM APIs (createElement, textContent, setAttribute)
 * and serialised by the browser, so no value is ever pasted into markup: a surgery name holding
 * "<script>" arrives as text. Links become <a> elements only for full https addresses (or http on
 * this computer, for the demo system); anything else stays as text.
 */
import { isSettingLink } from '../settings/model';

const URL_RE = /\bhttps?:\/\/[^\s<>"]+/gi;
/** A line that ends "Some words: https://..." becomes one link with those words as its text. */
const LABELLED_LINK = /^(.{1,120}?):\s+(https?:\/\/[^\s<>"]+?)[.,;!?)]*$/;

function trimLink(url: string): string {
  return url.replace(/[.,;:!?)\]]+$/, '');
}

/** Append `text` to `parent`, with every safe full link in it made an <a>. */
export function appendWithLinks(doc: Document, parent: Element, text: string): void {
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const url = trimLink(m[0]);
    const start = m.index ?? 0;
    if (start > last) parent.append(doc.createTextNode(text.slice(last, start)));
    if (isSettingLink(url)) {
      const a = doc.createElement('a');
      a.setAttribute('href', url);
      a.textContent = url;
      parent.append(a);
    } else {
      parent.append(doc.createTextNode(url));
    }
    last = start + url.length;
  }
  if (last < text.length) parent.append(doc.createTextNode(text.slice(last)));
}

/** One paragraph for a line of wording: a labelled link line becomes a link with descriptive text. */
export function paragraphFor(doc: Document, line: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  const m = LABELLED_LINK.exec(line.trim());
  if (m && isSettingLink(trimLink(m[2]!)) && !/https?:\/\//i.test(m[1]!)) {
    const a = doc.createElement('a');
    a.setAttribute('href', trimLink(m[2]!));
    a.textContent = m[1]!;
    p.append(a);
  } else {
    appendWithLinks(doc, p, line);
  }
  return p;
}

function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The banner: an <aside> with a paragraph per line (the last usually its link). */
export function bannerElement(doc: Document, text: string, label: string): HTMLElement {
  const aside = doc.createElement('aside');
  aside.className = 'online-services-banner';
  aside.setAttribute('aria-label', label);
  for (const l of lines(text)) aside.append(paragraphFor(doc, l));
  return aside;
}

/** The section: its first line the heading, then a paragraph per line. */
export function sectionElement(doc: Document, text: string, id: string): HTMLElement {
  const [heading = '', ...rest] = lines(text);
  const section = doc.createElement('section');
  section.className = 'online-services-section';
  const h = doc.createElement('h2');
  h.id = id;
  h.textContent = heading;
  section.setAttribute('aria-labelledby', id);
  section.append(h);
  for (const l of rest) section.append(paragraphFor(doc, l));
  return section;
}

export interface WebsiteParts {
  serviceName: string;
  surgeryName: string;
  /** Filled banner wording, if any. */
  banner?: string;
  /** Filled section wording, if any. */
  section?: string;
  /** Used for the heading's id ("nhs-app"). */
  slug: string;
}

/**
 * A complete HTML document holding the banner and the section, each marked with a comment, for the
 * website provider to copy into the site. Built in a document of its own, never in the page.
 */
export function websiteHtml(parts: WebsiteParts, base: Document = document): string {
  const doc = base.implementation.createHTMLDocument('');
  doc.documentElement.setAttribute('lang', 'en-GB');
  const title = doc.head.querySelector('title') ?? doc.head.appendChild(doc.createElement('title'));
  title.textContent = `${parts.serviceName}: wording for the ${parts.surgeryName} website`;
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const body = doc.body;
  if (parts.banner) {
    body.append(doc.createComment(' Banner: near the top of the front page. Check it shows on a phone as well as a computer. '));
    body.append(bannerElement(doc, parts.banner, parts.serviceName));
  }
  if (parts.section) {
    body.append(doc.createComment(' Section: first in the matching part of the website. '));
    body.append(sectionElement(doc, parts.section, `online-${parts.slug.replace(/[^a-z0-9-]/gi, '')}`));
  }
  return `<!doctype html>\n${serialise(doc.documentElement)}\n`;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Text for markup: every character that could start markup escaped. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value for markup, always in double quotes. */
export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/**
 * Markup for a node built in this module: elements, text and comments, every text and attribute
 * value escaped (the project never reads or writes markup through innerHTML/outerHTML).
 */
export function serialise(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType === 8) return `<!--${(node.nodeValue ?? '').replace(/--/g, '- -')}-->`;
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  if (VOID.has(tag)) return `<${tag}${attrs}>`;
  return `<${tag}${attrs}>${[...el.childNodes].map(serialise).join('')}</${tag}>`;
}
