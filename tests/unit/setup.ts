import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
});

// happy-dom lays nothing out: give every element a box so that the content script's size checks
// (isShown: at least 8 × 8 pixels, not offscreen) see what a browser would. Inline left, top, width
// and height in pixels are honoured, so a test can make a field tiny or offscreen.
const px = (v: string, fallback: number) => (/^-?\d+(?:\.\d+)?px$/.test(v) ? parseFloat(v) : fallback);
// Tests in the node environment (the link checker's) have no DOM to patch.
if (typeof Element !== 'undefined') {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const s = (this as HTMLElement).style ?? {};
    const left = px(s.left ?? '', 10);
    const top = px(s.top ?? '', 10);
    const width = px(s.width ?? '', 200);
    const height = px(s.height ?? '', 40);
    return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
  };

  // happy-dom's checkVisibility ignores the hidden attribute and inline display:none up the tree, which
  // a browser's layout would honour: do as a browser does, for the readers' visibility checks.
  const shown = (e: Element | null): boolean => !e || (!(e as HTMLElement).hidden && (e as HTMLElement).style?.display !== 'none' && shown(e.parentElement));
  Element.prototype.checkVisibility = function (this: Element) {
    return shown(this);
  };
}
