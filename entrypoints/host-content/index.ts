/**
 * The content script for host pages (built as /host-content.js). It is an unlisted script, not a
 * WXT content script, on purpose: it is registered at run time only on sites the practice allows
 * (no host access at install), and WXT's content-script wrapper brings the polyfill and a
 * location poll, which would break "small and quiet" (DESIGN.md principle 3).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startHostScript } from '@/src/page/host-script';

export default defineUnlistedScript(() => {
  startHostScript(window, (globalThis as unknown as { chrome: Parameters<typeof startHostScript>[1] }).chrome);
});
