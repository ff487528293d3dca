/**
 * What the panel knows about its tab's page: whether it can reach it, the patient it shows, the
 * field texts go into, and the user's picks when the page shows more than one name, NHS number
 * or mobile. In memory only, for this tab; nothing here is ever stored.
 *
 * Picks are bound to the patient they were made for (issue 13, item 1): a pick holds only while
 * the page shows the same identifiers, in the same field, with no page change reported since. On
 * a page with two patient tabs, moving to the other tab's message box (a page change) drops the
 * pick, so a name chosen for one patient never goes into the other's text.
 */
import { computed, signal } from '@preact/signals';
import type { Guard, HelloReply } from '../../messaging/protocol';
import type { HostLink } from './host-link';

export type Access = 'checking' | 'ready' | 'no-access' | 'no-tab';

/**
 * The patient a typed value or a pick was given for: the page's identifiers and field at that
 * moment. Compared again before anything bound to it is sent.
 */
export interface PatientStamp {
  /** Origin and identifiers shown (never stored: memory only). */
  context: string;
  field: string | null;
  /** Page changes reported by the tab before the stamp was taken. */
  changes: number;
  /** The identifiers the page must still show when the text goes in. */
  guard: Required<Guard>;
}

interface Pick {
  value: string;
  stamp: string;
}

/** The only candidate, or the one the user picked from several. */
export function chosen(list: readonly string[], pick: string | null): string | null {
  if (list.length === 1) return list[0] ?? null;
  return pick && list.includes(pick) ? pick : null;
}

export type PageContextState = ReturnType<typeof createPageContext>;

export function createPageContext(host: HostLink) {
  const page = signal<HelloReply | null>(null);
  const access = signal<Access>('checking');
  /** Page changes the tab reported (each may mean another patient). */
  const changes = signal(0);
  const picks = {
    name: signal<Pick | null>(null),
    nhsNumber: signal<Pick | null>(null),
    mobile: signal<Pick | null>(null),
  };

  /** Who is on the page: the origin and every identifier shown. A different key is a different patient. */
  const contextKey = computed(() => {
    const p = page.value;
    return p ? JSON.stringify([p.origin, p.context.names, p.context.nhsNumbers, p.context.mobiles]) : '';
  });
  /** What a pick is bound to: the patient, the field, and no page change since. */
  const pickKey = computed(() => JSON.stringify([contextKey.value, page.value?.field ?? null, changes.value]));

  const picked = (p: Pick | null) => (p && p.stamp === pickKey.value ? p.value : null);
  const names = computed(() => page.value?.context.names ?? []);
  /** The patient's full name the texts use: the only one the page shows, or the one picked for this patient. */
  const patientName = computed(() => chosen(names.value, picked(picks.name.value)));
  const nhsNumber = computed(() => chosen(page.value?.context.nhsNumbers ?? [], picked(picks.nhsNumber.value)));
  const mobile = computed(() => chosen(page.value?.context.mobiles ?? [], picked(picks.mobile.value)));
  /** True when the name in use came from the user's pick among several. */
  const namePicked = computed(() => names.value.length > 1 && patientName.value !== null);

  function clearPicks(): void {
    picks.name.value = null;
    picks.nhsNumber.value = null;
    picks.mobile.value = null;
  }

  async function refreshPage(): Promise<void> {
    const r = await host.hello();
    if (r.status === 'ready') {
      page.value = r.page;
      access.value = 'ready';
    } else {
      page.value = null;
      access.value = r.status;
      clearPicks();
    }
  }

  function stamp(): PatientStamp {
    const ctx = page.value?.context ?? { names: [], nhsNumbers: [], mobiles: [] };
    return {
      context: contextKey.value,
      field: page.value?.field ?? null,
      changes: changes.value,
      guard: { names: [...ctx.names], nhsNumbers: [...ctx.nhsNumbers], mobiles: [...ctx.mobiles] },
    };
  }

  return {
    page,
    access,
    contextKey,
    patientName,
    nhsNumber,
    mobile,
    namePicked,
    /** The user picks one of several names, NHS numbers or mobiles, for the patient on the page now. */
    pick(kind: keyof typeof picks, value: string): void {
      picks[kind].value = { value, stamp: pickKey.value };
    },
    /** The value picked for `kind`, while it still holds. */
    picked: (kind: keyof typeof picks) => picked(picks[kind].value),
    clearPicks,
    refreshPage,
    /** The patient a value is being given for, now. */
    stamp,
    /** True while the page still shows the patient (and field) of `s`. */
    stillFor(s: PatientStamp): boolean {
      return s.context === contextKey.value && s.field === (page.value?.field ?? null);
    },
    /** True while the page still shows the patient of `s` (whatever field is chosen). */
    stillShows(s: PatientStamp): boolean {
      return s.context === contextKey.value;
    },
    /** Follow the tab: read the page now and whenever it reports a change. Returns a function that stops. */
    start(): () => void {
      void refreshPage();
      return host.onChange(() => {
        changes.value++;
        void refreshPage();
      });
    },
  };
}
