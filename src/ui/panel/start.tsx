/** Wires the panel to the browser: bound tab, settings (policy over local, live), templates, log. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DEFAULT_TEMPLATES, type Template } from '../../catalogue/templates';
import { PROMPTS } from '../../catalogue/prompts';
import { GENERIC_CUES } from '../../catalogue/prompts';
import { requestPersistence } from '../../log/persist';
import { loadEffectiveSettingsQuickly, watchEffectiveSettings, type EffectiveSettings } from '../../settings/effective';
import { workstationIdItem } from '../../settings/items';
import { watchTemplates } from '../../templates/store';
import { boundTabId, createHostLink } from './host-link';
import { Panel, PanelContext } from './Panel';
import { panelPrefsItem } from './prefs';
import { createPanelState, type PanelState } from './state';
import { listenForPanelCommands } from './commands';

export async function startPanel(root: HTMLElement): Promise<void> {
  performance.mark('nudge:start');
  // The log's database code loads after the panel is drawn (it is not needed to show texts).
  const db = import('../../log/db').then(({ LogDatabase }) => new LogDatabase());
  // Ask the browser to keep the log even when the disk runs low (the dashboard shows the answer).
  void requestPersistence().catch(() => {});
  const [{ now: effective, fresh }, workstation, bound, prefs] = await Promise.all([
    loadEffectiveSettingsQuickly(),
    workstationIdItem.getValue(),
    boundTabId(location.search),
    panelPrefsItem.getValue(),
  ]);
  performance.mark('nudge:settings');
  let settings: EffectiveSettings = effective;
  let templates: Template[] = effective.policyTemplates ?? DEFAULT_TEMPLATES;
  let current: PanelState | null = null;
  let stopTemplates = () => {};

  const apply = (state: PanelState) => {
    state.practice.value = settings.settings;
    state.trainingAllowed.value = settings.settings.trainingModeAllowed;
    state.trainingForced.value = settings.settings.trainingMode;
  };

  // The practice's templates (its edits over the default pack, or the policy's pack), live.
  const watchPack = () => {
    stopTemplates();
    stopTemplates = watchTemplates((t) => {
      templates = t;
      if (current) current.templates.value = t;
    }, settings.policyTemplates ?? DEFAULT_TEMPLATES);
  };
  watchPack();

  // The settings in force (policy over local), kept up to date while the panel is open.
  const update = (e: EffectiveSettings) => {
    const packChanged = JSON.stringify(e.policyTemplates) !== JSON.stringify(settings.policyTemplates);
    settings = e;
    if (current) apply(current);
    if (packChanged) watchPack();
  };
  watchEffectiveSettings(update);
  // The policy as the browser gives it now (the first answer after a browser start can be slow).
  void fresh.then(update);

  const mount = (tabId: number | null) => {
    const state = createPanelState({
      host: createHostLink(tabId, {
        // The surgery's own phone number is never read as the patient's.
        ignoreNumbers: () => [settings.settings.surgeryPhone],
        profiles: () => settings.settings.siteProfiles,
        cues: GENERIC_CUES,
      }),
      db,
      workstation,
      templates,
      prompts: PROMPTS,
      practice: settings.settings,
      writeClipboard: (text) => navigator.clipboard.writeText(text),
      prefs: current?.prefs.value ?? prefs,
      savePrefs: (p) => panelPrefsItem.setValue(p),
      defaultRole: settings.settings.defaultRole,
      logging: () => settings.settings.loggingEnabled,
    });
    apply(state);
    current = state;
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
