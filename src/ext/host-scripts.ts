/**
 * Site access: the content script runs only on origins the practice has granted (optional host
 * permissions or, later, the managed policy), registered at run time; activeTab covers one-off use.
 */
import { browser, type PublicPath } from 'wxt/browser';

export const HOST_SCRIPT_ID = 'nudge-host';
/** Bundled by wxt.config.ts outside WXT's entrypoints (src/page/content.ts says why), so WXT's list of paths lacks it. */
export const HOST_SCRIPT_FILE = '/host-content.js' as string as Extract<PublicPath, `${string}.js`>;

/** Specific origins granted to us (never wildcard patterns), as match patterns. */
export function grantedOriginPatterns(origins: readonly string[]): string[] {
  return origins.filter((o) => /^https?:\/\/[^*/]+\/\*$/.test(o));
}

/** Register the content script for every granted origin, replacing any earlier registration. */
export async function syncHostScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = grantedOriginPatterns(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [HOST_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [HOST_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      // Every frame of a granted site: a message box may sit in a frame (the top frame still decides the patient).
      { id: HOST_SCRIPT_ID, matches, js: [HOST_SCRIPT_FILE], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
    ]);
  }
  return matches;
}
