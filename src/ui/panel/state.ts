/**
 * The panel's state, made by a factory so that each test (and each panel) gets its own.
 * Patient details read from the page live only here, in memory.
 */
import { computed, signal } from '@preact/signals';
import type { Template } from '../../catalogue/templates';
import { firstNameOf } from '../../page/patient-name';
import type { HelloReply } from '../../messaging/protocol';
import type { PracticeSettings } from '../../settings/practice';
import { DEFAULT_PRACTICE } from '../../settings/practice';
import { practiceValues, render, type Rendered, type Values } from '../../templates/render';
import type { LogDatabase } from '../../log/db';
import { recordOffer, countToday, type Clock, systemClock, type NewOffer } from '../../log/record';
import type { Channel, Role, Setting } from '../../log/types';
import type { HostLink } from './host-link';

export type Notice = { kind: 'success' | 'info' | 'error'; text: string; offerCopy?: boolean } | null;

export interface PanelDeps {
  host: HostLink;
  db: LogDatabase;
  workstation: string;
  templates: Template[];
  practice: PracticeSettings;
  writeClipboard: (text: string) => Promise<void>;
  clock?: Clock;
  role?: Role;
  setting?: Setting;
}

export function createPanelState(deps: PanelDeps) {
  const clock = deps.clock ?? systemClock;
  const page = signal<HelloReply | null>(null);
  const access = signal<'checking' | 'ready' | 'no-access' | 'no-tab'>('checking');
  const chosenName = signal<string | null>(null);
  const notice = signal<Notice>(null);
  const logError = signal<string | null>(null);
  const todayCount = signal<number>(0);
  const practice = signal<PracticeSettings>(deps.practice ?? DEFAULT_PRACTICE);
  const busy = signal(false);

  /** The patient's name the texts use: the only one the page shows, or the one the user picked. */
  const patientName = computed<string | null>(() => {
    const names = page.value?.context.names ?? [];
    if (names.length === 1) return names[0] ?? null;
    return chosenName.value && names.includes(chosenName.value) ? chosenName.value : null;
  });

  const values = computed<Values>(() => {
    const v: Values = practiceValues(practice.value);
    if (patientName.value) v.first_name = firstNameOf(patientName.value);
    return v;
  });

  function renderTemplate(t: Template, extra: Values = {}): Rendered {
    return render(t.body, { ...values.value, ...extra });
  }

  async function refreshPage(): Promise<void> {
    const r = await deps.host.hello();
    if (r.status === 'ready') {
      const before = page.value?.context;
      page.value = r.page;
      access.value = 'ready';
      // A different set of names means a different patient: forget the earlier choice.
      if (before && before.names.join('|') !== r.page.context.names.join('|')) chosenName.value = null;
    } else {
      page.value = null;
      chosenName.value = null;
      access.value = r.status;
    }
  }

  async function refreshCount(): Promise<void> {
    todayCount.value = await countToday(deps.db, deps.workstation, clock);
  }

  /** Record an offer after the text has gone out; a failed write is retried and shown, never silent. */
  async function log(t: Template, channel: Channel): Promise<void> {
    const entry: NewOffer = {
      service: t.service,
      item: t.id,
      via: 'template',
      channel,
      role: deps.role ?? 'receptionist',
      setting: deps.setting ?? 'phone',
      outcome: 'offered',
      workstation: deps.workstation,
      language: t.language,
      training: 0,
    };
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await recordOffer(deps.db, entry, clock);
        logError.value = null;
        await refreshCount();
        return;
      } catch (e) {
        logError.value = `This offer could not be saved to the log (${(e as Error)?.name ?? 'error'}). Trying again…`;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
    logError.value = 'This offer could not be saved to the log. The text itself was not affected. Check that the computer has free disk space.';
  }

  function guardFor(r: Rendered) {
    if (!r.usesPatient) return undefined;
    const ctx = page.value?.context;
    return ctx ? { names: ctx.names, nhsNumbers: ctx.nhsNumbers } : { names: [] };
  }

  async function insert(t: Template, extra: Values = {}): Promise<void> {
    const r = renderTemplate(t, extra);
    if (r.missing.length || r.unknown.length) {
      notice.value = { kind: 'error', text: 'This text still has details to fill in.' };
      return;
    }
    busy.value = true;
    try {
      const reply = await deps.host.insert(r.text, guardFor(r));
      if (!reply) {
        notice.value = { kind: 'error', text: 'Nudge cannot reach this page. Use Copy and paste the text instead.', offerCopy: true };
        return;
      }
      switch (reply.status) {
        case 'inserted':
          notice.value = { kind: 'success', text: `Inserted “${t.title}” into ${reply.field ?? 'the text box'}.` };
          void log(t, 'inserted');
          return;
        case 'no-field':
          notice.value = {
            kind: 'error',
            text: 'No text box chosen. Click in the box where the text should go, then choose Insert again, or use Copy.',
            offerCopy: true,
          };
          return;
        case 'patient-changed':
          notice.value = { kind: 'error', text: 'Not inserted: the page now shows a different patient. Check the patient, then try again.' };
          await refreshPage();
          return;
        case 'patient-gone':
          notice.value = { kind: 'error', text: 'Not inserted: the page no longer shows the patient this text was written for.' };
          await refreshPage();
          return;
        default:
          notice.value = { kind: 'error', text: 'The text could not be inserted into that box. Use Copy and paste it instead.', offerCopy: true };
      }
    } finally {
      busy.value = false;
    }
  }

  async function copy(t: Template, extra: Values = {}): Promise<void> {
    const r = renderTemplate(t, extra);
    if (r.missing.length || r.unknown.length) {
      notice.value = { kind: 'error', text: 'This text still has details to fill in.' };
      return;
    }
    try {
      await deps.writeClipboard(r.text);
    } catch {
      notice.value = { kind: 'error', text: 'Could not copy to the clipboard. Select the text and copy it by hand.' };
      return;
    }
    notice.value = { kind: 'success', text: `Copied “${t.title}”. Paste it where you need it.` };
    void log(t, 'copied');
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
    busy,
    templates: deps.templates,
    renderTemplate,
    refreshPage,
    refreshCount,
    insert,
    copy,
    host: deps.host,
  };
}

export type PanelState = ReturnType<typeof createPanelState>;
