/**
 * The visible text of part of a page, with a line break between blocks so that numbers in
 * neighbouring cells never run together. Bounded so that a huge page costs little.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

export function pageText(root: Node, limit = 200_000): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (SKIP.has(el.tagName) || el.hidden || el.getAttribute('aria-hidden') === 'true') return NodeFilter.FILTER_REJECT;
        if (el === root) break;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < limit; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    if (!t.trim()) continue;
    parts.push(t);
    length += t.length + 1;
  }
  return parts.join('\n');
}
