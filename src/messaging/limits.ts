/**
 * Size limits of the messages between the panel and the content script, in one place: the valibot
 * schemas (protocol.ts), the content script's hand-written guards (guards.ts) and the panel's own
 * checks all read these, so a text the panel can make is never refused as if the page were out of reach.
 * No imports: the content script bundles this file.
 */
export const LIMITS = {
  /** Identifier lists (names, NHS numbers, mobiles) and their items. */
  list: 20,
  short: 200,
  /** Page cues, and the selectors, cue URL parts and cue texts of settings. */
  cues: 300,
  pattern: 300,
  cueId: 40,
  /** The longest text the panel may insert (characters). */
  text: 5000,
  /** Frames deep, for a box in a nested frame. */
  frames: 10,
} as const;
