/**
 * The visible text of part of a page, node by node, in reading order, descending into open shadow
 * roots (web components). Readers check what is hidden where it matters (context.ts visible()).
 * Hard-capped: a huge or hostile page costs no more than `cap` characters.
 */
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/;

/** The most page text any reader looks at, in characters (banners sit near the top of a page). */
export const TEXT_CAP = 25_000;

/** The parent element of `n`, stepping out of a shadow root to its host. */
export const up = (n: Node): Element | null => n.parentElement ?? (n.parentNode as ShadowRoot | null)?.host ?? null;

/** Text nodes with something other than spaces in them, outside scripts, styles and form controls' own text. */
export function textNodes(root: Node, cap = TEXT_CAP): Text[] {
  const out: Text[] = [];
  let length = 0;
  const walk = (r: Node) => {
    const w = (r.ownerDocument ?? (r as Document)).createTreeWalker(r, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let n = w.nextNode(); n && length < cap; n = w.nextNode()) {
      if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
      else if (n.nodeType === 3 && /\S/.test(n.nodeValue!) && !SKIP.test(n.parentElement?.tagName ?? '')) {
        out.push(n as Text);
        length += n.nodeValue!.length + 1;
      }
    }
  };
  walk(root);
  return out;
}

/** The visible text of `root`, a line between nodes so that neighbouring cells never run together. */
export function pageText(root: Node, cap = TEXT_CAP): string {
  return textNodes(root, cap)
    .map((n) => n.nodeValue)
    .join('\n')
    .slice(0, cap);
}
