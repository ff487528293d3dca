/**
 * The visible text of part of a page, node by node, in reading order, descending into open shadow
 * roots (web components), skipping [hidden] subtrees (readers check what CSS hides where it matters).
 * Hard-capped: a huge or hostile page costs no more than `cap` characters.
 */
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/;

/** The most page text any reader looks at, in characters. */
export const TEXT_CAP = 60_000;

/** The parent element of `n`, stepping out of a shadow root to its host. */
export const up = (n: Node): Element | null => n.parentElement ?? (n.parentNode as ShadowRoot | null)?.host ?? null;

/** Text nodes with something other than spaces in them, skipping non-content elements. */
export function textNodes(root: Node, cap = TEXT_CAP): Text[] {
  const out: Text[] = [];
  let length = 0;
  const walk = (r: Node) => {
    const w = (r.ownerDocument ?? (r as Document)).createTreeWalker(r, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (n) =>
        n.nodeType === 1 && (SKIP.test((n as Element).tagName) || (n as HTMLElement).hidden)
          ? 2 /* FILTER_REJECT: the whole subtree */
          : 1,
    });
    for (let n = w.nextNode(); n && length < cap; n = w.nextNode()) {
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        if (/\S/.test(t)) {
          out.push(n as Text);
          length += t.length + 1;
        }
      } else if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
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
