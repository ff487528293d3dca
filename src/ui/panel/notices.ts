/** The panel's messages to the user: one at a time, polite (status) or assertive (alert). */
import { signal } from '@preact/signals';
import type { Template } from '../../catalogue/templates';

export interface Notice {
  kind: 'success' | 'info' | 'error';
  text: string;
  /** Offer to copy this text instead (an insert that could not be done). */
  offerCopy?: Template;
  /** Point to the practice set-up page (a text refused because the practice is not set up). */
  setUp?: boolean;
  /** Offer to allow Nudge on this site (the user's box is in a frame of a site Nudge may not reach). */
  allowOrigin?: string;
}

export type Notices = ReturnType<typeof createNotices>;

export function createNotices() {
  const notice = signal<Notice | null>(null);
  return {
    notice,
    show(n: Notice): void {
      notice.value = n;
    },
    clear(): void {
      notice.value = null;
    },
  };
}
