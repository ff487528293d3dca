/**
 * A site profile tunes the generic readers for one clinical or booking system.
 * Every host-page selector Nudge uses lives here: the generic ones below, and a profile's own.
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

/**
 * Generic selectors, used on any site with no profile (or where the profile leaves one out).
 * Places where clinical systems show the patient: a banner or a block marked as the patient's.
 */
export const PATIENT_REGIONS =
  '[data-patient],[role="banner"],[class*="patient" i][class*="banner" i],[id*="patient" i][id*="banner" i],[class*="demographic" i],[id*="demographic" i],[aria-label*="patient" i]';

/** Elements that hold the patient's name itself, in systems that mark it. */
export const NAME_ELEMENTS =
  '[data-patient-name],[itemtype$="Patient"] [itemprop="name"],[class*="patient" i][class*="name" i],[id*="patient" i][id*="name" i],[aria-label="patient name" i]';

/** Labels that sit next to a value: <dt>, <th>, <label>, or anything styled as a label. */
export const LABEL_ELEMENTS = 'dt,th,label,[class*="label" i]';

/** Blocks where a name may be written inline ("Name: Jane Smith"). */
export const INLINE_NAME_BLOCKS = `${PATIENT_REGIONS},header`;

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
