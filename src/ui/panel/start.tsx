/**
 * Wires the panel to the browser: the settings and texts in force (made once, as signals, and kept
 * live), the user's preferences, the recorder (through the background), and the bound tab (a new
 * page context and send flow for each tab the panel follows).
 */
import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Template } from '../../catalogue/templates';
import { GENERIC_CUES, PROMPTS } from '../../catalogue/prompts';
import { requestPersistence } from '../../log/persist';
import { createOfferRecorder } from '../../log/recorder';
import { followEffectiveSettings, loadEffectiveSettingsQuickly, type EffectiveSettings } from '../../settings/effective';
import { panelPrefsItem, workstationIdItem } from '../../settings/items';
import { loadPracticeTemplates, watchPracticeTemplates, EMPTY_PRACTICE_TEMPLATES, type PracticeTemplates } from '../../templates/store';
import { templatesInForce, templatesOffered } from '../../templates/in-force';
import { createBackgroundWriter } from '../offer-writer';
import { printUrl } from '../print/url';
import { listenForPanelCommands } from './commands';
import { boundTabId, createHostLink } from './host-link';
import { createNotices } from './notices';
import { createPanelOffers, type PanelOffers } from './offers';
import { Panel, PanelContext } from './Panel';
import { createPrefs } from './prefs';
import { createPanelState, readySignal, type PanelShared, type PanelState } from './state';

export async function startPanel(root: HTMLElement): Promise<void> {
  performance.mark('nudge:start');
  // Ask the browser to keep the log even when the disk runs low (the dashboard shows the answer).
  void requestPersistence().catch(() => {});
  const [{ now, policyRead, fresh }, workstation, bound, savedPrefs, practiceTemplates] = await Promise.all([
    loadEffectiveSettingsQuickly(),
    workstationIdItem.getValue(),
    boundTabId(location.search),
    panelPrefsItem.getValue(),
    loadPracticeTemplates().catch(() => EMPTY_PRACTICE_TEMPLATES),
  ]);
  performance.mark('nudge:settings');

  // Settings and texts: signals made once, kept up to date while the panel is open.
  const effective = signal<EffectiveSettings>(now);
  const settings = computed(() => effective.value.settings);
  const practice = signal<PracticeTemplates>(practiceTemplates);
  watchPracticeTemplates((p) => (practice.value = p));
  // The texts staff may send, decided in one place (templates/in-force.ts) from the policy's pack and the practice's changes.
  const templates = computed<readonly Template[]>(() => templatesOffered(templatesInForce(effective.value.policyTemplates, practice.value)));
  const policy = readySignal(policyRead);
  // The policy as the browser gives it now (the first answer after a browser start can be slow), then
  // every change; until it has been read once, texts are shown but not sent.
  void followEffectiveSettings(fresh, (e: EffectiveSettings) => (effective.value = e)).read.then(() => policy.set());

  const notices = createNotices();
  const prefs = createPrefs({
    initial: savedPrefs,
    save: (p) => panelPrefsItem.setValue(p),
    settings,
    workstation,
    onSaveError: () => notices.show({ kind: 'error', text: 'Your choice could not be saved on this computer. It applies until the panel closes.' }),
  });
  // Training mode turned on or off from the dashboard's role play (or another panel) applies here at once.
  panelPrefsItem.watch((stored) => prefs.replace(stored));
  let offers: PanelOffers | null = null;
  const recorder = createOfferRecorder({ writer: createBackgroundWriter(), source: () => prefs.source.value, onStatus: (st) => offers?.status(st) });
  offers = createPanelOffers(recorder, notices);

  const shared: PanelShared = {
    settings,
    templates,
    prompts: PROMPTS,
    policyRead: policy.ready,
    whenPolicyRead: policy.when,
    prefs,
    offers,
    notices,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    readClipboard: () => navigator.clipboard.readText(),
    openPrint: (t, language) => void browser.tabs.create({ url: printUrl(browser.runtime.getURL('/print.html'), { template: t.id, lang: language }) }),
    setupUrl: browser.runtime.getURL('/dashboard.html#setup'),
    dashboardUrl: browser.runtime.getURL('/dashboard.html'),
  };

  let current: PanelState | null = null;
  const mount = (tabId: number | null) => {
    const state = createPanelState(
      shared,
      createHostLink(tabId, {
        // The surgery's own phone number is never read as the patient's.
        ignoreNumbers: () => [settings.value.surgeryPhone],
        profiles: () => settings.value.siteProfiles,
        cues: GENERIC_CUES,
      }),
    );
    current = state;
    // The last offer was about the previous tab's patient.
    shared.offers.lastOffer.value = null;
    render(
      <PanelContext.Provider value={state}>
        <Panel />
      </PanelContext.Provider>,
      root,
    );
  };
  mount(bound.tabId);
  performance.mark('nudge:rendered');
  listenForPanelCommands(() => current);

  if (!bound.fixed) {
    // Follow the active tab of this window; the context of the previous tab is dropped.
    const win = await browser.windows.getCurrent();
    browser.tabs.onActivated.addListener((info) => {
      if (info.windowId === win.id) mount(info.tabId);
    });
  }
}
