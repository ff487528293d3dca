/**
 * Sending a text: the one place that turns a template into the words that go out (its language
 * version, the practice's details, the patient's first name, a one-click fix), checks it may go
 * (the practice set up, nothing unknown, the policy read), asks for what is missing (the fill
 * dialog), and inserts, copies, shows a QR code or opens a poster. Cards and rows display what
 * `preview` returns and send with the same options, so what is shown is what is sent.
 *
 * Safety (issue 13, item 1): values typed in the fill dialog, and names picked among several,
 * belong to the patient on the page when they were given. If that patient (or the field) has
 * changed or gone by the time the text goes, it is refused and the picks are cleared; the insert
 * also carries that patient's identifiers as its guard, so the page refuses it if it changed
 * after the panel last looked.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Template } from '../../catalogue/templates';
import { firstNameOf } from '../../page/patient-name';
import type { Guard } from '../../messaging/protocol';
import type { PracticeSettings } from '../../settings/practice';
import { detailsBlocking, withExampleGaps } from '../../settings/setup';
import { linkOf } from '../../templates/links';
import { versionOf, type TemplateVersion, type VersionedTemplate } from '../../templates/in-force';
import { PLACEHOLDERS, practiceValues, render, type PlaceholderName, type Rendered, type Values } from '../../templates/render';
import type { HostLink } from './host-link';
import { describeInsert } from './insert-replies';
import { LIMITS } from '../../messaging/limits';
import type { Notices } from './notices';
import type { PanelOffers } from './offers';
import type { PageContextState, PatientStamp } from './page-context';
import type { PanelPrefsState } from './prefs';
import { createRepeatGuard, type RepeatGuard } from './repeat-guard';

/** How a text is sent: the card it came from, its language, a safe fix applied. */
export interface SendOptions {
  cardId?: string;
  /** The language version to send (the template's own language when left out). */
  language?: string;
  /** A one-click fix the user applied to the shown text (used only while that text is unchanged). */
  fixed?: { from: string; to: string } | null;
}

export type SendAction = 'insert' | 'copy' | 'qr';

/** The fill dialog on show: the text still needs these values, for the patient on the page now. */
export interface FillRequest {
  template: Template;
  missing: PlaceholderName[];
  action: SendAction;
  options: SendOptions;
  stamp: PatientStamp;
}

/** A text as it would go out now. */
export interface Preview {
  version: TemplateVersion;
  rendered: Rendered;
  /** The words to show: missing details as "[their name]", a fix applied. */
  text: string;
  link: string | null;
  /** The text has a link (perhaps one still to be asked for): it can be shown as a QR code. */
  hasLink: boolean;
  /** Practice details the text needs that are not set up (it cannot be sent outside training mode). */
  blocking: string[];
  /** Training mode filled a gap with the example surgery: the text is marked as training only. */
  example: boolean;
}

export interface SendFlowDeps {
  page: PageContextState;
  prefs: PanelPrefsState;
  offers: PanelOffers;
  notices: Notices;
  host: HostLink;
  /** The practice's details in force. */
  practice: ReadonlySignal<PracticeSettings>;
  /** False until the managed policy has been read: nothing is sent on defaults that a policy may override. */
  policyRead: ReadonlySignal<boolean>;
  whenPolicyRead: () => Promise<void>;
  writeClipboard: (text: string) => Promise<void>;
  /** Open the poster for a text (the print page records the offer when Print is chosen). */
  openPrint?: (t: Template, language: string) => void;
  repeat?: RepeatGuard;
  /** How long an insert with a picked name waits for page changes still on their way (ms). */
  settleMs?: number;
}

/** Longer than the content script's wait before it reports a change (150 ms). */
export const PICK_SETTLE_MS = 250;

/** Said of every text that went out with the example surgery's details (training mode only). */
const EXAMPLE_WARNING = 'Training: example surgery. This text is for practice only: never send it to a patient.';

const NOT_DONE: Record<SendAction, string> = { insert: 'Not inserted', copy: 'Not copied', qr: 'Not shown' };

const label = (f: string) => Object.values(PLACEHOLDERS).find((p) => p.setting === f)?.label ?? f;

/** Why a text was refused: the practice details it needs are not the practice's own yet. */
export function setupNeeded(fields: readonly string[]): string {
  return `Not sent: the practice is not set up yet. This text needs: ${fields.map(label).join(', ')}. Ask your practice manager to set up the surgery’s details.`;
}

/** The practice details not set up, in plain words ("Surgery name, Surgery phone number"). */
export function missingDetailsText(fields: readonly string[]): string {
  return fields.map(label).join(', ');
}

export type SendFlow = ReturnType<typeof createSendFlow>;

export function createSendFlow(deps: SendFlowDeps) {
  const { page, prefs, offers, notices, host } = deps;
  const repeat = deps.repeat ?? createRepeatGuard();
  const fill = signal<FillRequest | null>(null);
  const qr = signal<{ title: string; url: string; cardId?: string } | null>(null);
  const busy = signal(false);

  /** The values texts are filled from: the practice's (the example surgery's in training, where not set up) and the patient's first name. */
  const values = computed<Values>(() => {
    const p = deps.practice.value;
    const v = practiceValues(prefs.training.value ? withExampleGaps(p) : p);
    const name = page.patientName.value;
    if (name) v.first_name = firstNameOf(name);
    return v;
  });

  function versionFor(t: VersionedTemplate, o: SendOptions): TemplateVersion {
    return versionOf(t, o.language ?? t.language) ?? versionOf(t)!;
  }

  function preview(t: VersionedTemplate, o: SendOptions = {}, extra: Values = {}): Preview {
    const version = versionFor(t, o);
    const all = { ...values.value, ...extra };
    const rendered = render(version.body, all);
    const fixedText = o.fixed && o.fixed.from === rendered.text ? o.fixed.to : rendered.text;
    const text = rendered.missing.length ? fixedText.replace(/\(\(([^()|]*?)\)\)/g, (whole, n: string) => {
      const name = n.trim().toLowerCase() as PlaceholderName;
      return rendered.missing.includes(name) ? `[${PLACEHOLDERS[name].label}]` : whole;
    }) : fixedText;
    const needs = detailsBlocking(version.body, deps.practice.value);
    const training = prefs.training.value;
    return {
      version,
      rendered,
      text,
      link: rendered.missing.length ? null : linkOf(t, fixedText, all),
      hasLink: rendered.missing.length ? rendered.missing.some((n) => n.endsWith('_url')) || linkOf(t, fixedText, all) !== null : linkOf(t, fixedText, all) !== null,
      blocking: training ? [] : needs,
      example: training && needs.length > 0,
    };
  }

  /** Wait for the policy if it has not been read yet, saying so. */
  async function policyRead(): Promise<void> {
    if (deps.policyRead.value) return;
    notices.show({ kind: 'info', text: 'Reading your practice’s settings before sending…' });
    await deps.whenPolicyRead();
    notices.clear();
  }

  /**
   * The text ready to send, or null after saying what is wrong or asking for what is missing.
   * `stamp` is set when the values in `extra` were typed for a patient (the fill dialog).
   */
  function ready(t: Template, o: SendOptions, action: SendAction, extra: Values = {}, stamp?: PatientStamp): { p: Preview; text: string } | null {
    const p = preview(t, o, extra);
    if (p.blocking.length) {
      notices.show({ kind: 'error', text: setupNeeded(p.blocking), setUp: true });
      return null;
    }
    if (p.rendered.unknown.length) {
      notices.show({ kind: 'error', text: `This text has placeholders Nudge does not know (${p.rendered.unknown.join(', ')}). Ask your practice manager to correct it.` });
      return null;
    }
    if (p.rendered.missing.length) {
      if (stamp) return null; // asked already: never ask twice for one send
      fill.value = { template: t, missing: p.rendered.missing, action, options: o, stamp: page.stamp() };
      return null;
    }
    return { p, text: o.fixed && o.fixed.from === p.rendered.text ? o.fixed.to : p.rendered.text };
  }

  /**
   * Values typed or picked for a patient may go only to that patient: read the page again and
   * refuse (clearing the picks) if it shows someone else, or the text box moved. True to go on.
   */
  async function stillSamePatient(stamp: PatientStamp | undefined, pickedName: string | null, action: SendAction): Promise<boolean> {
    if (!stamp && !pickedName) return true;
    // A name picked among several: first let any page change still on its way arrive (the tab
    // reports changes a moment after they happen), so a pick made for one patient's tab is
    // dropped before it could go into another's.
    if (pickedName) await new Promise((r) => setTimeout(r, deps.settleMs ?? PICK_SETTLE_MS));
    await page.refreshPage();
    if (stamp && !page.stillFor(stamp)) {
      page.clearPicks();
      notices.show({
        kind: 'error',
        text: `${NOT_DONE[action]}: the page shows a different patient (or another text box) from when you typed the details. What you typed was cleared. Check who the patient is and start again.`,
      });
      return false;
    }
    if (pickedName && page.patientName.value !== pickedName) {
      page.clearPicks();
      notices.show({ kind: 'error', text: `${NOT_DONE[action]}: the page changed after you chose the patient’s name. Check who the patient is, choose the name again, then try again.` });
      return false;
    }
    return true;
  }

  /**
   * The identifiers the page must still show when the text goes in: all of them for values typed
   * for a patient (the fill dialog), the names and NHS numbers for a text that names the patient.
   */
  function guardFor(p: Preview, s: PatientStamp, bound: boolean): Guard | undefined {
    if (bound) return s.guard;
    if (!p.rendered.usesPatient) return undefined;
    return { names: s.guard.names, nhsNumbers: s.guard.nhsNumbers };
  }

  /**
   * A text that names the patient is for the patient on screen when the user chose it (`at`):
   * if the page shows someone else by the time it can go (it may wait for the policy), it is refused.
   */
  async function patientUnchanged(p: Preview, at: PatientStamp, action: SendAction): Promise<boolean> {
    if (!p.rendered.usesPatient || page.stillShows(at)) return true;
    notices.show({ kind: 'error', text: `${NOT_DONE[action]}: the page now shows a different patient. Check who the patient is, then try again.` });
    await page.refreshPage();
    return false;
  }

  async function doInsert(t: Template, o: SendOptions, at: PatientStamp, extra?: Values, bound?: PatientStamp): Promise<boolean> {
    await policyRead();
    const picked = page.namePicked.value ? page.patientName.value : null;
    if (!ready(t, o, 'insert', extra, bound)) return false;
    if (!(await stillSamePatient(bound, picked, 'insert'))) return false;
    // Ready again after reading the page: the text is made from what the page shows now.
    const r = ready(t, o, 'insert', extra, bound);
    if (!r || !(await patientUnchanged(r.p, at, 'insert'))) return false;
    if (r.text.length > LIMITS.text) {
      // The real reason, never "cannot reach this page" (issue 13, item 6).
      notices.show({
        kind: 'error',
        text: `Not inserted: this text is ${r.text.length.toLocaleString('en-GB')} characters long, and Nudge inserts at most ${LIMITS.text.toLocaleString('en-GB')}. Shorten the text, or use Copy.`,
        offerCopy: t,
      });
      return false;
    }
    const offer = offers.prepare({ service: t.service, item: t.id, via: 'template', channel: 'inserted', outcome: 'offered', language: r.p.version.language });
    busy.value = true;
    try {
      const reply = await host.insert(r.text, guardFor(r.p, bound ?? at, bound !== undefined), offer ?? undefined);
      const out = describeInsert(reply, t);
      notices.show(reply?.status === 'inserted' && r.p.example ? { ...out.notice, text: `${out.notice.text} ${EXAMPLE_WARNING}` } : out.notice);
      if (reply?.status === 'inserted') {
        if (offer) offers.inserted(offer, t.title, o.cardId);
        prefs.usedText(t.id);
        return true;
      }
      if (out.reread) await page.refreshPage();
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function doCopy(t: Template, o: SendOptions, at: PatientStamp, extra?: Values, bound?: PatientStamp): Promise<boolean> {
    await policyRead();
    const picked = page.namePicked.value ? page.patientName.value : null;
    if (!ready(t, o, 'copy', extra, bound)) return false;
    if (!(await stillSamePatient(bound, picked, 'copy'))) return false;
    const r = ready(t, o, 'copy', extra, bound);
    if (!r || !(await patientUnchanged(r.p, at, 'copy'))) return false;
    try {
      await deps.writeClipboard(r.text);
    } catch {
      notices.show({ kind: 'error', text: 'Could not copy to the clipboard. Select the text and copy it by hand.' });
      return false;
    }
    notices.show({ kind: 'success', text: `Copied “${t.title}”. Paste it where you need it.${r.p.example ? ` ${EXAMPLE_WARNING}` : ''}` });
    offers.record({ service: t.service, item: t.id, via: 'template', channel: 'copied', outcome: 'offered', language: r.p.version.language }, t.title, o.cardId);
    prefs.usedText(t.id);
    return true;
  }

  async function doQr(t: Template, o: SendOptions, _at: PatientStamp, extra?: Values, bound?: PatientStamp): Promise<boolean> {
    await policyRead();
    const r = ready(t, o, 'qr', extra, bound);
    if (!r) return false;
    const link = linkOf(t, r.text, { ...values.value, ...extra });
    if (!link) {
      notices.show({ kind: 'error', text: `“${t.title}” has no full https:// link to show as a QR code.` });
      return false;
    }
    qr.value = { title: t.title, url: link, ...(o.cardId ? { cardId: o.cardId } : {}) };
    offers.record({ service: t.service, item: t.id, via: 'qr', channel: 'qr', outcome: 'offered', language: r.p.version.language }, t.title, o.cardId);
    return true;
  }

  const keyOf = (action: SendAction, t: Template, o: SendOptions) => `${action}|${t.id}|${o.cardId ?? ''}`;

  /**
   * Run a send once however fast the presses (see repeat-guard.ts). The card it came from knows at
   * once that a send is under way, so an outcome clicked on that card meanwhile updates this
   * offer instead of counting another.
   */
  function once(action: SendAction, t: Template, o: SendOptions, run: (t: Template, o: SendOptions, at: PatientStamp) => Promise<boolean>): Promise<boolean> {
    // The patient on screen at the press, before anything is awaited.
    const at = page.stamp();
    const done = repeat.run(keyOf(action, t, o), () => run(t, o, at)).then((x) => x === true);
    offers.sendingFor(o.cardId, done);
    return done;
  }

  return {
    values,
    fill,
    qr,
    busy,
    preview,

    /** Insert the text in the page's chosen field. Resolves true when it went in. */
    insert: (t: Template, o: SendOptions = {}) => once('insert', t, o, doInsert),

    /** Copy the text to the clipboard. */
    copy: (t: Template, o: SendOptions = {}) => once('copy', t, o, doCopy),

    /** Show the text's link as a QR code (counted as an offer). */
    showQr: (t: Template, o: SendOptions = {}) => once('qr', t, o, doQr),

    /** Open the text's poster, if the practice is set up for it. */
    async print(t: VersionedTemplate, o: SendOptions = {}): Promise<boolean> {
      await policyRead();
      const p = preview(t, o);
      if (p.blocking.length) {
        notices.show({ kind: 'error', text: setupNeeded(p.blocking), setUp: true });
        return false;
      }
      deps.openPrint?.(t, p.version.language);
      return true;
    },

    /** The fill dialog was submitted: carry on with what the user was doing, for the patient it was asked for. */
    async submitFill(typed: Values): Promise<boolean> {
      const f = fill.value;
      if (!f) return false;
      fill.value = null;
      repeat.forget(keyOf(f.action, f.template, f.options));
      const run = f.action === 'insert' ? doInsert : f.action === 'copy' ? doCopy : doQr;
      return run(f.template, f.options, f.stamp, typed, f.stamp);
    },

    cancelFill(): void {
      const f = fill.value;
      if (f) repeat.forget(keyOf(f.action, f.template, f.options));
      fill.value = null;
      notices.show({ kind: 'info', text: 'Nothing was sent.' });
    },
  };
}
