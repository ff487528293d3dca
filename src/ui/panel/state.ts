/**
 * The panel's state: small parts, each made by its own factory and testable alone, composed here.
 *
 *   settings, templates   signals made once by start.tsx (settings/effective, templates/store)
 *   prefs.ts              the user's role, setting, training switch, recent texts
 *   offers.ts             the offer log as the panel shows it, over src/log/recorder.ts
 *   notices.ts            the message on show
 *   page-context.ts       the bound tab: access, patient, field, the user's picks (per tab)
 *   send-flow.ts          preview, checks, fill dialog, insert, copy, QR, poster (per tab)
 *
 * Patient details read from the page live only in the page context, in memory, and go when the
 * panel closes or follows another tab.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Template } from '../../catalogue/templates';
import type { PromptCard } from '../../catalogue/prompts';
import type { Settings } from '../../settings/model';
import { detailsNotSetUp } from '../../settings/setup';
import { PLACEHOLDERS } from '../../templates/render';
import type { HostLink } from './host-link';
import type { Notices } from './notices';
import type { PanelOffers } from './offers';
import { createPageContext } from './page-context';
import type { PanelPrefsState } from './prefs';
import { createSendFlow, type SendFlowDeps } from './send-flow';

/** The parts that outlive a tab switch (made once per panel). */
export interface PanelShared {
  /** The settings in force (policy over local), live. */
  settings: ReadonlySignal<Settings>;
  /** The texts staff may send (in force, not archived), live. */
  templates: ReadonlySignal<readonly Template[]>;
  prompts: readonly PromptCard[];
  /** False until the managed policy has been read (texts show at once; sending waits for it). */
  policyRead: ReadonlySignal<boolean>;
  whenPolicyRead: () => Promise<void>;
  prefs: PanelPrefsState;
  offers: PanelOffers;
  notices: Notices;
  writeClipboard: SendFlowDeps['writeClipboard'];
  /** Read the clipboard's text (the fill dialog's "Paste link"). */
  readClipboard?: () => Promise<string>;
  openPrint?: SendFlowDeps['openPrint'];
  /** The practice set-up page (dashboard.html#setup). */
  setupUrl?: string;
  /** The dashboard, for managers. */
  dashboardUrl?: string;
}

export type PanelState = ReturnType<typeof createPanelState>;

/** The settings texts are filled from (the practice's details, not this computer's name). */
const TEXT_DETAILS = new Set<string>(Object.values(PLACEHOLDERS).flatMap((p) => (p.setting ? [p.setting] : [])));

/** The panel for one tab: the shared parts, plus that tab's page and send flow. */
export function createPanelState(shared: PanelShared, host: HostLink) {
  const practice = computed(() => shared.settings.value);
  const page = createPageContext(host);
  const send = createSendFlow({
    page,
    prefs: shared.prefs,
    offers: shared.offers,
    notices: shared.notices,
    host,
    practice,
    policyRead: shared.policyRead,
    whenPolicyRead: shared.whenPolicyRead,
    writeClipboard: shared.writeClipboard,
    ...(shared.openPrint ? { openPrint: shared.openPrint } : {}),
  });

  /** What the search box holds. */
  const query = signal('');
  /** Cards hidden for a patient ("Not now"), by patient context; memory only. */
  const dismissedByContext = signal<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  const dismissed = computed<ReadonlySet<string>>(() => dismissedByContext.value.get(page.contextKey.value) ?? new Set());
  /** The practice details texts use that are not set up yet (the panel says so from its first screen, outside training mode). */
  const notSetUp = computed(() => detailsNotSetUp(practice.value).filter((f) => TEXT_DETAILS.has(f)));

  return {
    ...shared,
    host,
    page,
    send,
    practice,
    query,
    dismissed,
    notSetUp,
    dismiss(cardId: string): void {
      const next = new Map(dismissedByContext.value);
      next.set(page.contextKey.value, new Set([...(next.get(page.contextKey.value) ?? []), cardId]));
      dismissedByContext.value = next;
    },
    restoreDismissed(): void {
      const next = new Map(dismissedByContext.value);
      next.delete(page.contextKey.value);
      dismissedByContext.value = next;
    },
  };
}

/** A signal that is set once, for `whenPolicyRead`. */
export function readySignal(initial: boolean): { ready: Signal<boolean>; when: () => Promise<void>; set: () => void } {
  const ready = signal(initial);
  let resolve = () => {};
  const done = initial ? Promise.resolve() : new Promise<void>((r) => (resolve = r));
  return {
    ready,
    when: () => done,
    set: () => {
      ready.value = true;
      resolve();
    },
  };
}
