/**
 * The content script for host pages, built as /host-content.js by wxt.config.ts (esbuild, one small
 * IIFE). It is not a WXT entrypoint, on purpose: it is registered at run time only on sites the
 * practice allows (no host access at install), and WXT's script wrapper (its logger and startup
 * code, about 250 bytes gzipped) and content-script runtime (the polyfill, a location poll) would
 * break "small and quiet" (DESIGN.md principle 3; the budget is 6 KB gzipped).
 */
import { startHostScript, type MinimalChrome } from './host-script';

startHostScript(window, (globalThis as unknown as { chrome: MinimalChrome }).chrome);
