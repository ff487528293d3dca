/**
 * A site profile tunes the generic readers for one clinical or booking system.
 * Every host-page selector Nudge uses lives in a profile or in the generic readers in this folder.
 */
export interface SiteProfile {
  /** Host pattern such as "https://clinical.example.nhs.uk" or "https://*.example.nhs.uk". */
  host: string;
  nameSelector?: string;
  nhsNumberSelector?: string;
  mobileSelector?: string;
  messageBoxSelector?: string;
  /** Page cues: a URL fragment or visible text that tells which screen this is (for prompts). */
  cues?: { id: string; url?: string; text?: string }[];
}

/** The profile whose host pattern matches `origin`, if any. */
export function profileFor(profiles: readonly SiteProfile[], origin: string): SiteProfile | null {
  for (const p of profiles) {
    const pattern = p.host.replace(/\/+$/, '');
    if (pattern === origin) return p;
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
