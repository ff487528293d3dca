/**
 * The panel's state, made by a factory so that each test (and each panel) gets its own.
 * Patient details read from the page live only here, in memory, and go when the panel closes.
 */
import { computed, signal } from '@preact/signals';
import type { Template } from '../../catalogue/templates';
import type { PromptCard } from '../../catalogue/prompts';
import { firstNameOf } from '../../page/patient-name';
import type { HelloReply } from '../../messaging/protocol';
import { LIMITS } from '../../messaging/limits';
import type { PracticeSettings } from '../../settings/practice';
import { DEFAULT_PRACTICE } from '../../settings/practice';
import { detailsBlocking, withExampleGaps } from '../../settings/setup';
import { PLACEHOLDERS } from '../../templates/render';
import { practiceValues, render, type PlaceholderName, type Rendered, type Values } from '../../templates/render';
import { touchRecent } from '../../templates/search';
import type { LogDatabase } from '../../log/db';
import { recordOffer, countToday, undoOffer, updateOutcome, type Clock, systemClock, type NewOffer } from '../../log/record';
import type { Channel, Offer, Outcome, Role, Setting, Via } from '../../log/types';
import { describeWriteError } from '../../log/errors';
import { outcomeLabel } from '../../log/labels';
import type { HostLink } from './host-link';
import { DEFAULT_PREFS, settingForRole, type PanelPrefs } from './prefs';

/** `allowOrigin`: offer to allow Nudge on that site (a frame Nudge could not reach). */
export type Notice = { kind: 'success' | 'info' | 'error'; text: string; offerCopy?: Template; allowOrigin?: string } | null;

/** The offer the outcome bar is about: the last one made from this panel. */
export interface LastOffer {
  id: string;
  /** What staff offered, for "Recorded: …". */
  label: string;
  outcome: Outcome;
  /** Outcomes that make sense for it. */
  outcomes: Outcome[];
  /** The prompt card it came from, if any (outcomes on that card update this offer). */
  cardId?: string;
}

/** How a text is sent: values the user typed in the fill dialog, the card it came from, a safe fix applied. */
export interface SendOptions {
  extra?: Values;
  cardId?: string;
  /** A one-click fix the user applied to the rendered text (used only while the text is unchanged). */
  fixed?: { from: string; to: string } | null;
}

/** The fill dialog on show: the text still needs these values before it can go. */
export interface FillRequest {
  template: Template;
  missing: PlaceholderName[];
  action: 'insert' | 'copy';
  options: SendOptions;
}

export const OUTCOMES_AFTER_SENDING: Outcome[] = ['offered', 'accepted', 'declined', 'already-uses', 'needs-support'];

export interface PanelDeps {
  host: HostLink;
  /** The offer log; a promise so the panel can draw before the database code has loaded. */
  db: LogDatabase | Promise<LogDatabase>;
  workstation: string;
  templates: Template[];
  prompts?: PromptCard[];
  practice: PracticeSettings;
  writeClipboard: (text: string) => Promise<void>;
  clock?: Clock;
  prefs?: PanelPrefs;
  savePrefs?: (p: PanelPrefs) => Promise<void>;
  /** The role to start in until the user picks one (the practice's default role). */
  defaultRole?: Role;
  /** False when the practice has switched logging off: texts still go out, nothing is recorded. */
  logging?: () => boolean;
}

export function createPanelState(deps: PanelDeps) {
  const clock = deps.clock ?? systemClock;
  const logDb = (): Promise<LogDatabase> => Promise.resolve(deps.db);
  const page = signal<HelloReply | null>(null);
  const access = signal<'checking' | 'ready' | 'no-access' | 'no-tab'>('checking');
  const chosenName = signal<string | null>(null);
  const notice = signal<Notice>(null);
  const logError = signal<string | null>(null);
  const todayCount = signal<number>(0);
  const practice = signal<PracticeSettings>(deps.practice ?? DEFAULT_PRACTICE);
  const templates = signal<Template[]>(deps.templates);
  const prompts = signal<PromptCard[]>(deps.prompts ?? []);
  const busy = signal(false);
  /** The practice may switch training mode off (policy); then offers are always real. */
  const trainingAllowed = signal(true);
  /** The practice's settings put this workstation in training mode (e.g. a training room). */
  const trainingForced = signal(false);
  /** The dialog or QR code on show, if any. */
  const qr = signal<{ template: Template; url: string; cardId?: string } | null>(null);
  const fill = signal<FillRequest | null>(null);
  const prefs = signal<PanelPrefs>({ ...DEFAULT_PREFS, ...deps.prefs });
  const query = signal('');
  const serviceFilter = signal('');
  const lastOffer = signal<LastOffer | null>(null);
  /** Cards dismissed, per patient context; memory only, so nothing about the patient is kept. */
  const dismissedByContext = signal<ReadonlyMap<string, ReadonlySet<string>>>(new Map());

  const role = computed<Role>(() => prefs.value.role ?? deps.defaultRole ?? 'receptionist');
  const setting = computed<Setting>(() => prefs.value.setting ?? settingForRole(role.value));
  const training = computed(() => trainingForced.value || (trainingAllowed.value && prefs.value.training));
  const recent = computed(() => prefs.value.recent[role.value] ?? []);

  /** The patient's name the texts use: the only one the page shows, or the one the user picked. */
  const patientName = computed<string | null>(() => {
    const names = page.value?.context.names ?? [];
    if (names.length === 1) return names[0] ?? null;
    return chosenName.value && names.includes(chosenName.value) ? chosenName.value : null;
  });

  /** A key for "this patient on this site", to remember dismissed cards. Never stored. */
  const contextKey = computed(() => {
    const p = page.value;
    if (!p) return '';
    return JSON.stringify([p.origin, p.context.names, p.context.nhsNumbers]);
  });
  const dismissed = computed<ReadonlySet<string>>(() => dismissedByContext.value.get(contextKey.value) ?? new Set());

  const values = computed<Values>(() => {
    // Training mode may fill the gaps with the example surgery (the texts never reach a patient).
    const v: Values = practiceValues(training.value ? withExampleGaps(practice.value) : practice.value);
    if (patientName.value) v.first_name = firstNameOf(patientName.value);
    return v;
  });

  function renderTemplate(t: Template, extra: Values = {}): Rendered {
    return render(t.body, { ...values.value, ...extra });
  }

  function setPrefs(next: Partial<PanelPrefs>): void {
    prefs.value = { ...prefs.value, ...next };
    deps.savePrefs?.(prefs.value).catch(() => {
      notice.value = { kind: 'error', text: 'Your choice could not be saved on this computer. It applies until the panel closes.' };
    });
  }

  function setRole(r: Role): void {
    // The setting follows the role unless the user changes it afterwards.
    setPrefs({ role: r, setting: null });
  }

  async function refreshPage(): Promise<void> {
    const r = await deps.host.hello();
    if (r.status === 'ready') {
      const before = page.value;
      page.value = r.page;
      access.value = 'ready';
      // A different set of names means a different patient: forget the earlier choice.
      if (before && before.context.names.join('|') !== r.page.context.names.join('|')) chosenName.value = null;
    } else {
      page.value = null;
      chosenName.value = null;
      access.value = r.status;
    }
  }

  async function refreshCount(): Promise<void> {
    try {
      todayCount.value = await countToday(await logDb(), deps.workstation, clock);
    } catch {
      /* the count is shown again after the next successful write */
    }
  }

  /**
   * Record an offer after the text has gone out (never before: the log never blocks an insert).
   * A failed write is retried and shown, never silent.
   */
  async function log(entry: Omit<NewOffer, 'role' | 'setting' | 'workstation' | 'training'>, label: string, cardId?: string, outcomes = OUTCOMES_AFTER_SENDING): Promise<Offer | null> {
    if (deps.logging && !deps.logging()) return null;
    const full: NewOffer = { ...entry, role: role.value, setting: setting.value, workstation: deps.workstation, training: training.value ? 1 : 0 };
    let failure: unknown = null;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const offer = await recordOffer(await logDb(), full, clock);
        logError.value = null;
        lastOffer.value = { id: offer.id, label, outcome: offer.outcome, outcomes, ...(cardId ? { cardId } : {}) };
        await refreshCount();
        return offer;
      } catch (e) {
        failure = e;
        logError.value = `${describeWriteError(e)} Trying again…`;
        await new Promise((r) => setTimeout(r, 250 * attempt));
      }
    }
    logError.value = `${describeWriteError(failure)} This offer was not counted; the text itself was not affected.`;
    return null;
  }

  function logTemplate(t: Template, channel: Channel, via: Via = channel === 'qr' ? 'qr' : channel === 'print' ? 'print' : 'template', cardId?: string) {
    setPrefs({ recent: { ...prefs.value.recent, [role.value]: touchRecent(recent.value, t.id) } });
    return log({ service: t.service, item: t.id, via, channel, outcome: 'offered', language: t.language }, t.title, cardId);
  }

  function guardFor(r: Rendered) {
    if (!r.usesPatient) return undefined;
    const ctx = page.value?.context;
    return ctx ? { names: ctx.names, nhsNumbers: ctx.nhsNumbers } : { names: [] };
  }

  /** The text ready to send, or null after asking for what is missing (the fill dialog) or saying what is wrong. */
  /**
   * False (and says why) when the text needs practice details that are not the practice's own yet:
   * nothing of the example surgery reaches a patient, by Insert, Copy, QR code or Print (issue 11).
   */
  function setUpFor(t: Template): boolean {
    const blocking = training.value ? [] : detailsBlocking(t.body, practice.value);
    if (blocking.length) notice.value = { kind: 'error', text: setupNeeded(blocking) };
    return blocking.length === 0;
  }

  function ready(t: Template, o: SendOptions, action: FillRequest['action']): Rendered | null {
    if (!setUpFor(t)) return null;
    const r = renderTemplate(t, o.extra ?? {});
    if (r.unknown.length) {
      notice.value = { kind: 'error', text: `This text has placeholders Nudge does not know (${r.unknown.join(', ')}). Ask your practice manager to correct it.` };
      return null;
    }
    if (r.missing.length) {
      fill.value = { template: t, missing: r.missing, action, options: o };
      return null;
    }
    return o.fixed && o.fixed.from === r.text ? { ...r, text: o.fixed.to } : r;
  }

  /** The fill dialog was submitted: carry on with what the user was doing. Values live only in memory. */
  async function submitFill(values: Values): Promise<boolean> {
    const f = fill.value;
    if (!f) return false;
    fill.value = null;
    const options = { ...f.options, extra: { ...f.options.extra, ...values } };
    return f.action === 'insert' ? insert(f.template, options) : copy(f.template, options);
  }

  function cancelFill(): void {
    fill.value = null;
    notice.value = { kind: 'info', text: 'Nothing was inserted.' };
  }

  async function insert(t: Template, o: SendOptions = {}): Promise<boolean> {
    const cardId = o.cardId;
    const r = ready(t, o, 'insert');
    if (!r) return false;
    if (r.text.length > LIMITS.text) {
      notice.value = {
        kind: 'error',
        text: `Not inserted: this text is ${r.text.length.toLocaleString('en-GB')} characters long, and Nudge inserts at most ${LIMITS.text.toLocaleString('en-GB')}. Shorten the text, or use Copy.`,
        offerCopy: t,
      };
      return false;
    }
    busy.value = true;
    try {
      const reply = await deps.host.insert(r.text, guardFor(r));
      if (!reply) {
        notice.value = { kind: 'error', text: 'Nudge cannot reach this page. Use Copy and paste the text instead.', offerCopy: t };
        return false;
      }
      switch (reply.status) {
        case 'inserted':
          notice.value = { kind: 'success', text: `Inserted “${t.title}” into ${reply.field ?? 'the text box'}. Check it before sending.` };
          void logTemplate(t, 'inserted', 'template', cardId);
          return true;
        case 'no-field':
          notice.value = {
            kind: 'error',
            text: 'No text box chosen. Click in the box where the text should go, then choose Insert again, or use Copy.',
            offerCopy: t,
          };
          return false;
        case 'patient-changed':
          notice.value = { kind: 'error', text: 'Not inserted: the page now shows a different patient. Check who the patient is, then try again.' };
          await refreshPage();
          return false;
        case 'patient-gone':
          notice.value = { kind: 'error', text: 'Not inserted: the page no longer shows the patient this text was written for.' };
          await refreshPage();
          return false;
        case 'no-room':
          notice.value = { kind: 'error', text: `Not inserted: ${reply.field ?? 'that box'} has a character limit too small for this text. Nothing was changed. Use Copy, or shorten the text.`, offerCopy: t };
          return false;
        case 'focus-moved':
          notice.value = { kind: 'error', text: 'Not inserted: the page moved the cursor to another box as the text was going in, so nothing was inserted. Click in the box again and choose Insert, or use Copy.', offerCopy: t };
          return false;
        case 'partial':
          notice.value = { kind: 'error', text: `${reply.field ?? 'The box'} took only part of the text and could not be put back as it was. Check that box and clear it before sending, then use Copy.`, offerCopy: t };
          return false;
        case 'frame-blocked':
          notice.value = {
            kind: 'error',
            text: `Not inserted: that box is in a part of the page from ${reply.origin ?? 'another site'}, which Nudge is not allowed to reach. Nothing was inserted anywhere. Use Copy, or allow Nudge on that site.`,
            offerCopy: t,
            ...(reply.origin?.startsWith('http') ? { allowOrigin: reply.origin } : {}),
          };
          return false;
        default:
          notice.value = { kind: 'error', text: 'Not inserted: that box did not take the text, and nothing was changed. Use Copy and paste it instead.', offerCopy: t };
          return false;
      }
    } finally {
      busy.value = false;
    }
  }

  async function copy(t: Template, o: SendOptions = {}): Promise<boolean> {
    const cardId = o.cardId;
    const r = ready(t, o, 'copy');
    if (!r) return false;
    try {
      await deps.writeClipboard(r.text);
    } catch {
      notice.value = { kind: 'error', text: 'Could not copy to the clipboard. Select the text and copy it by hand.' };
      return false;
    }
    notice.value = { kind: 'success', text: `Copied “${t.title}”. Paste it where you need it.` };
    void logTemplate(t, 'copied', 'template', cardId);
    return true;
  }

  /** A QR code was shown to the patient (front desk): counted as an offer. */
  function shownQr(t: Template, cardId?: string) {
    return logTemplate(t, 'qr', 'qr', cardId);
  }

  /** A poster or leaflet was printed. */
  function printed(t: Template) {
    return logTemplate(t, 'print', 'print');
  }

  /**
   * One click on a card's outcome: updates the card's last offer if it has one (so an Insert and
   * its outcome count once), otherwise records the card as offered in conversation.
   */
  async function cardOutcome(card: PromptCard, outcome: Outcome): Promise<void> {
    const last = lastOffer.value;
    if (last && last.cardId === card.id) {
      await setOutcome(outcome);
      return;
    }
    const o = await log({ service: card.service, item: card.id, via: 'prompt', channel: outcome === 'shown' ? 'shown' : 'spoken', outcome, language: 'en' }, card.summary, card.id, card.outcomes);
    if (o) notice.value = { kind: 'success', text: `Recorded: ${inSentence(outcome)}.` };
  }

  /** Change the last offer's outcome. */
  async function setOutcome(outcome: Outcome): Promise<void> {
    const last = lastOffer.value;
    if (!last) return;
    try {
      const next = await updateOutcome(await logDb(), last.id, outcome, clock);
      if (!next) {
        lastOffer.value = null;
        return;
      }
      lastOffer.value = { ...last, outcome };
      notice.value = { kind: 'success', text: `Recorded: ${inSentence(outcome)}.` };
      await refreshCount();
    } catch (e) {
      logError.value = `The outcome was not saved. ${describeWriteError(e)}`;
    }
  }

  /** Undo the last offer: it leaves every count. */
  async function undoLast(): Promise<void> {
    const last = lastOffer.value;
    if (!last) return;
    try {
      await undoOffer(await logDb(), last.id, clock);
      lastOffer.value = null;
      notice.value = { kind: 'info', text: `Undone: “${last.label}” is no longer counted.` };
      await refreshCount();
    } catch (e) {
      logError.value = `The offer was not undone. ${describeWriteError(e)}`;
    }
  }

  function dismiss(cardId: string): void {
    const next = new Map(dismissedByContext.value);
    next.set(contextKey.value, new Set([...(next.get(contextKey.value) ?? []), cardId]));
    dismissedByContext.value = next;
  }

  function restoreDismissed(): void {
    const next = new Map(dismissedByContext.value);
    next.delete(contextKey.value);
    dismissedByContext.value = next;
  }

  return {
    page,
    access,
    chosenName,
    patientName,
    notice,
    logError,
    todayCount,
    practice,
    templates,
    prompts,
    busy,
    trainingAllowed,
    trainingForced,
    qr,
    fill,
    submitFill,
    cancelFill,
    prefs,
    role,
    setting,
    training,
    recent,
    query,
    serviceFilter,
    lastOffer,
    dismissed,
    values,
    renderTemplate,
    setUpFor,
    refreshPage,
    refreshCount,
    setPrefs,
    setRole,
    insert,
    copy,
    shownQr,
    printed,
    cardOutcome,
    setOutcome,
    undoLast,
    dismiss,
    restoreDismissed,
    host: deps.host,
  };
}

export type PanelState = ReturnType<typeof createPanelState>;

/** Why a text was refused: the practice details it needs are not the practice's own yet. */
export function setupNeeded(fields: readonly string[]): string {
  const labels = fields.map((f) => Object.values(PLACEHOLDERS).find((p) => p.setting === f)?.label ?? f);
  return `Not sent: the practice is not set up yet. This text needs: ${labels.join(', ')}. Ask your practice manager to set up the surgery’s details in Nudge’s settings.`;
}

/** An outcome as it reads inside a sentence ("recorded as already uses it"). */
export function inSentence(o: Outcome): string {
  return outcomeLabel(o).toLowerCase();
}
