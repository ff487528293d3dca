/** Wires the panel to the browser: bound tab, settings, log. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DEFAULT_TEMPLATES } from '../../catalogue/templates';
import { LogDatabase } from '../../log/db';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../settings/effective';
import { workstationIdItem } from '../../settings/items';
import { boundTabId, createHostLink } from './host-link';
import { Panel, PanelContext } from './Panel';
import { createPanelState } from './state';

export async function startPanel(root: HTMLElement): Promise<void> {
  const db = new LogDatabase();
  const [effective, workstation, bound] = await Promise.all([loadEffectiveSettings(), workstationIdItem.getValue(), boundTabId(location.search)]);
  // The settings in force (policy over local), kept up to date while the panel is open.
  let practice = effective.settings;
  let current: ReturnType<typeof createPanelState> | null = null;
  watchEffectiveSettings((e) => {
    practice = e.settings;
    if (current) current.practice.value = e.settings;
  });

  const mount = (tabId: number | null) => {
    const state = createPanelState({
      host: createHostLink(tabId),
      db,
      workstation,
      templates: DEFAULT_TEMPLATES,
      practice,
      writeClipboard: (text) => navigator.clipboard.writeText(text),
    });
    current = state;
    render(
      <PanelContext.Provider value={state}>
        <Panel />
      </PanelContext.Provider>,
      root,
    );
  };
  mount(bound.tabId);

  if (!bound.fixed) {
    // Follow the active tab of this window; the context of the previous tab is dropped.
    const win = await browser.windows.getCurrent();
    browser.tabs.onActivated.addListener((info) => {
      if (info.windowId === win.id) mount(info.tabId);
    });
  }
}
