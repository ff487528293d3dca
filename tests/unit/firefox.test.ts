/**
 * Firefox differences the panel and the content script must handle:
 * - Firefox match patterns take no port, and a host granted as "http://127.0.0.1/*" covers every
 *   port (as in Chrome), so the panel asks about the host without the port;
 * - Firefox gives an extension page open in a tab (the popped-out panel) a `sender.tab`, so the
 *   content script tells the extension's own pages by their URL, not by the absence of a tab.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHostLink, originPattern } from '@/src/ui/panel/host-link';
import { grantedOriginPatterns } from '@/src/ext/host-scripts';
import { startHostScript, type MinimalChrome } from '@/src/page/host-script';
import { openSidebarOnActionClick, type ActionApis } from '@/src/ext/background';

const TAB = 4;

/** A browser that answers `permissions.contains` the way Firefox does: no port in any pattern. */
function firefoxPermissions(granted: string[]) {
  return vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => {
    return origins.every((o) => {
      const m = /^(https?):\/\/([^/]+)\/\*$/.exec(o);
      if (!m) throw new Error(`Invalid pattern ${o}`);
      // Firefox reads "127.0.0.1:8080" as a host name, which matches no granted host.
      return granted.includes(`${m[1]}://${m[2]}/*`);
    });
  });
}

describe('Allow on this site, on any port', () => {
  it('the pattern for an origin is its host without the port', () => {
    expect(originPattern('http://127.0.0.1:43127')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://clinical.example.nhs.uk')).toBe('https://clinical.example.nhs.uk/*');
    expect(originPattern('https://clinical.example.nhs.uk:8443')).toBe('https://clinical.example.nhs.uk/*');
    expect(originPattern('http://[::1]:8080')).toBe('http://[::1]/*');
  });

  it('a host granted without a port counts as granted on a page at any port (Firefox)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'http://127.0.0.1:43127/consultation.html' } as never);
    const contains = firefoxPermissions(['http://127.0.0.1/*']);
    expect(await createHostLink(TAB).siteAccess()).toEqual({ origin: 'http://127.0.0.1:43127', granted: true });
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('another host, or the same host on another scheme, is not granted', async () => {
    firefoxPermissions(['http://127.0.0.1/*']);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'https://127.0.0.1:43127/' } as never);
    expect(await createHostLink(TAB).siteAccess()).toMatchObject({ granted: false });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'http://localhost:43127/' } as never);
    expect(await createHostLink(TAB).siteAccess()).toMatchObject({ granted: false });
  });

  it('a grant made in Chrome for one port alone still counts on that port', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'https://clinical.example.nhs.uk:8443/p/1' } as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins[0] === 'https://clinical.example.nhs.uk:8443/*');
    expect(await createHostLink(TAB).siteAccess()).toEqual({ origin: 'https://clinical.example.nhs.uk:8443', granted: true });
  });

  it('Allow asks for the host without the port, which both browsers accept', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await createHostLink(TAB).allow('http://127.0.0.1:43127')).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('the content script is registered for what Firefox reports as granted', () => {
    expect(grantedOriginPatterns(['http://127.0.0.1/*', 'https://*/*', 'https://clinical.example.nhs.uk/*'])).toEqual([
      'http://127.0.0.1/*',
      'https://clinical.example.nhs.uk/*',
    ]);
  });
});

describe('the content script answers the panel popped out in a Firefox tab', () => {
  const ID = 'nudge@nudge.example';
  const ORIGIN = 'moz-extension://3b7c1a52-6e0d-4f7a-9c1e-7a2f0d9e4b11/';
  type Listener = Parameters<MinimalChrome['runtime']['onMessage']['addListener']>[0];
  let listener: Listener | undefined;
  const api: MinimalChrome = {
    runtime: {
      id: ID,
      getURL: (p: string) => new URL(p, ORIGIN).href,
      sendMessage: () => undefined,
      onMessage: { addListener: (l) => (listener = l), removeListener: () => (listener = undefined) },
    },
  };
  /** What the content script answers this sender (undefined when it does not answer at all). */
  const ask = (sender: Parameters<Listener>[1]) =>
    new Promise<unknown>((resolve) => {
      const answering = listener!({ type: 'nudge/hello' }, sender, resolve);
      if (!answering) resolve(undefined);
    });

  afterEach(() => (window as unknown as Record<symbol, AbortController | undefined>)[Symbol.for('nudge.host')]?.abort());

  it('answers this extension’s page in a tab (Firefox sets sender.tab for it), and its sidebar (no tab)', async () => {
    document.body.innerHTML = '<section data-patient><p>Name: SMITH, Jane (Mrs)</p><p>NHS number: 943 476 5919</p></section>';
    startHostScript(window, api);
    expect(await ask({ id: ID, url: `${ORIGIN}sidepanel.html?tabId=${TAB}`, tab: { id: 9 } })).toMatchObject({ type: 'nudge/hello-reply' });
    expect(await ask({ id: ID, url: `${ORIGIN}sidepanel.html` })).toMatchObject({ type: 'nudge/hello-reply' });
  });

  it('ignores anything else with a tab: our content script on a web page, another extension, a URL on another origin', async () => {
    startHostScript(window, api);
    expect(await ask({ id: ID, url: 'http://127.0.0.1:8080/consultation.html', tab: { id: 9 } })).toBeUndefined();
    expect(await ask({ id: ID, tab: { id: 9 } })).toBeUndefined();
    expect(await ask({ id: 'other@example', url: `${ORIGIN}sidepanel.html`, tab: { id: 9 } })).toBeUndefined();
    expect(await ask({ id: ID, url: 'moz-extension://another-uuid/sidepanel.html', tab: { id: 9 } })).toBeUndefined();
    expect(await ask({ id: ID, url: `${ORIGIN.slice(0, -1)}.evil.example/x.html`, tab: { id: 9 } })).toBeUndefined();
  });
});

describe('the toolbar button in Firefox', () => {
  function apis(withSidePanel: boolean) {
    let clicked: (() => void) | undefined;
    const open = vi.fn(() => Promise.resolve());
    const api: ActionApis = {
      ...(withSidePanel ? { sidePanel: {} } : {}),
      action: { onClicked: { addListener: (fn) => (clicked = fn) } },
      sidebarAction: { open },
    };
    return { api, open, click: () => clicked?.() };
  }

  it('opens the sidebar (never closes it) when there is no side panel', () => {
    const { api, open, click } = apis(false);
    expect(openSidebarOnActionClick(api)).toBe(true);
    expect(open).not.toHaveBeenCalled();
    click();
    click();
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('leaves Chrome and Edge to their side panel behaviour', () => {
    const { api, open, click } = apis(true);
    expect(openSidebarOnActionClick(api)).toBe(false);
    click();
    expect(open).not.toHaveBeenCalled();
  });
});
