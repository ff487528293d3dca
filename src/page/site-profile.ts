/**
 * A site profile tunes the generic readers for one clinical or booking system.
 * The generic readers need no selectors (they read banners by what they hold: context.ts); a profile's
 * selectors are the only host-page selectors Nudge uses.
 */
export interface PageCue {
  /** A short id that prompts refer to, such as "results" or "registration". */
  id: string;
  /** Matches when the page's address (path, query and fragment) contains this, ignoring case. */
  url?: string;
  /** Matches when a word of the page's path (split at "/", "-", "_", ".") is this, ignoring case. */
  urlWord?: string;
  /** Matches when the page's visible text contains this, ignoring case. */
  text?: string;
}

export interface SiteProfile {
  /** Host pattern such as "https://clinical.example.nhs.uk" or "https://*.example.nhs.uk". */
  host: string;
  nameSelector?: string;
  nhsNumberSelector?: string;
  mobileSelector?: string;
  messageBoxSelector?: string;
  /** Page cues: a URL fragment or visible text that tells which screen this is (for prompts). */
  cues?: PageCue[];
}

/** The profile whose host pattern matches `origin`, if any. */
export function profileFor(profiles: readonly SiteProfile[], origin: string): SiteProfile | null {
  for (const p of profiles) {
    const pattern = p.host.replace(/\/+$/, '').toLowerCase();
    if (pattern === origin.toLowerCase()) return p;
    const m = pattern.match(/^(https?):\/\/\*\.(.+)$/);
    if (m) {
      try {
        const u = new URL(origin);
        if (u.protocol === `${m[1]}:` && (u.hostname === m[2] || u.hostname.endsWith(`.${m[2]}`))) return p;
      } catch {
        /* not a URL */
      }
    }
  }
  return null;
}

/** All elements matching `selector`, or none when the selector is not one the browser understands. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // a bad selector in a site profile must not break reading
  }
}
