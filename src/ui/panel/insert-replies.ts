/**
 * What the panel says for each answer the page gives to an Insert: one table, so a new status
 * from the content script slots in with one line, and any status the panel does not know yet
 * gets the safe default (not inserted: use Copy). Nothing but `inserted` counts as inserted.
 */
import type { InsertReply } from '../../messaging/protocol';
import type { Notice } from './notices';

export interface InsertOutcome {
  notice: Notice;
  /** The page may show someone else now: read it again. */
  reread?: boolean;
}

type Context = { title: string; field: string | null; origin: string | null };
type Describe = (c: Context) => Omit<Notice, 'offerCopy'> & { copy?: boolean; reread?: boolean };

const MESSAGES: Record<string, Describe> = {
  inserted: ({ title, field }) => ({ kind: 'success', text: `Inserted “${title}” into ${field ?? 'the text box'}. Check it before sending.` }),
  'no-field': () => ({
    kind: 'error',
    text: 'No text box chosen. Click in the box where the text should go, then choose Insert again, or use Copy.',
    copy: true,
  }),
  'patient-changed': () => ({ kind: 'error', text: 'Not inserted: the page now shows a different patient. Check who the patient is, then try again.', reread: true }),
  'patient-gone': () => ({ kind: 'error', text: 'Not inserted: the page no longer shows the patient this text was written for.', reread: true }),
  failed: () => ({ kind: 'error', text: 'Not inserted: that box did not take the text, and nothing was changed. Use Copy and paste it instead.', copy: true }),
  'no-room': ({ field }) => ({
    kind: 'error',
    text: `Not inserted: ${field ?? 'that box'} has a character limit too small for this text. Nothing was changed. Use Copy, or shorten the text.`,
    copy: true,
  }),
  'focus-moved': () => ({
    kind: 'error',
    text: 'Not inserted: the page moved the cursor to another box as the text was going in, so nothing was inserted. Click in the box again and choose Insert, or use Copy.',
    copy: true,
  }),
  partial: ({ field }) => ({
    kind: 'error',
    text: `${field ?? 'The box'} took only part of the text and could not be put back as it was. Check that box and clear it before sending, then use Copy.`,
    copy: true,
  }),
  // The box is in a frame of a site Nudge may not reach (issue 12, item 2): never another box instead.
  'frame-blocked': ({ origin }) => ({
    kind: 'error',
    text: `Not inserted: that box is in a part of the page from ${origin ?? 'another site'}, which Nudge is not allowed to reach. Nothing was inserted anywhere. Use Copy, or allow Nudge on that site.`,
    copy: true,
    ...(origin?.startsWith('http') ? { allowOrigin: origin } : {}),
  }),
};

/** Any answer the table does not know: never counted, and Copy is offered. */
const SAFE_DEFAULT: Describe = () => ({ kind: 'error', text: 'Not inserted: use Copy and paste the text instead.', copy: true });

/** No answer at all: the page could not be reached. */
const UNREACHABLE: Describe = () => ({ kind: 'error', text: 'Nudge cannot reach this page. Use Copy and paste the text instead.', copy: true });

/** The notice for an Insert's answer (null: the page could not be reached). */
export function describeInsert(reply: Pick<InsertReply, 'status' | 'field' | 'origin'> | null, template: Notice['offerCopy'] & { title: string }): InsertOutcome {
  const status = reply?.status as string | undefined;
  const describe = status === undefined ? UNREACHABLE : Object.prototype.hasOwnProperty.call(MESSAGES, status) ? MESSAGES[status]! : SAFE_DEFAULT;
  const { copy, reread, ...notice } = describe({ title: template.title, field: reply?.field ?? null, origin: reply?.origin ?? null });
  return { notice: { ...notice, ...(copy ? { offerCopy: template } : {}) }, ...(reread ? { reread } : {}) };
}
