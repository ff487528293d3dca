/**
 * Small and quiet: the content script answers only this extension's pages, and lets go of
 * everything (listeners, observers, timers) when the extension reloads or updates, when site
 * access is withdrawn, when it is injected again, and when the page goes away.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startHostScript, type MinimalChrome } from '@/src/page/host-script';

type Listener = Parameters<MinimalChrome['runtime']['onMessage']['addListener']>[0];

function fakeChrome(id = 'nudge-id') {
  const listeners = new Set<Listener>();
  const sendMessage = vi.fn(() => Promise.resolve());
  const api = {
    runtime: {
      id: id as string | undefined,
      getURL: (path: string) => `chrome-extension://${id}/${path}`,
      sendMessage,
      onMessage: { addListener: (fn: Listener) => listeners.add(fn), removeListener: (fn: Listener) => listeners.delete(fn) },
    },
  };
  /** Deliver a message as the browser would; resolves to the reply, if any (undefined when no listener will answer). */
  const deliver = async (message: unknown, sender: { id?: string; url?: string; tab?: unknown } = { id, url: `chrome-extension://${id}/sidepanel.html` }) => {
    let reply: unknown;
    let answered: () => void = () => {};
    const done = new Promise<void>((r) => (answered = r));
    const willAnswer = [...listeners].map((l) => l(message, sender, (r) => ((reply = r), answered()))).some(Boolean);
    if (willAnswer) await done;
    return reply;
  };
  return { api, listeners, sendMessage, deliver };
}

function showBanner(text: string) {
  let banner = document.querySelector('[data-patient]');
  if (!banner) {
    banner = document.createElement('section');
    banner.setAttribute('data-patient', '');
    document.body.append(banner);
  }
  banner.textContent = text;
}

describe('the content script’s life', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    showBanner('Name: SMITH, Jane · NHS 999 787 7896');
  });

  it('answers this extension’s pages only: not another extension, a web page or its own content script in a tab', async () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    expect(await c.deliver({ type: 'nudge/hello' }, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' })).toBeUndefined();
    expect(await c.deliver({ type: 'nudge/hello' }, { id: 'nudge-id', url: 'https://clinical.example.nhs.uk/', tab: { id: 3 } })).toBeUndefined();
    expect(await c.deliver({ type: 'nudge/hello' }, { id: 'nudge-id', tab: { id: 3 } })).toBeUndefined();
    expect(await c.deliver({ type: 'nudge/hello' }, { url: 'chrome-extension://nudge-id/sidepanel.html' })).toBeUndefined();
    expect(await c.deliver({ type: 'nudge/hello' }, { id: 'nudge-id', url: 'chrome-extension://nudge-idx/sidepanel.html' })).toBeUndefined();
    expect(await c.deliver({ type: 'nudge/hello', extra: 1 })).toBeUndefined();
    expect(await c.deliver({ type: 'nudge/hello' })).toMatchObject({ type: 'nudge/hello-reply', context: { names: ['Jane Smith'] } });
    await c.deliver({ type: 'nudge/stop' });
  });

  it('answers the panel in a tab too (Firefox gives an extension page in a tab a sender.tab), known by id and URL', async () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    const panelInTab = { id: 'nudge-id', url: 'chrome-extension://nudge-id/sidepanel.html?tabId=3', tab: { id: 9 } };
    expect(await c.deliver({ type: 'nudge/hello' }, panelInTab)).toMatchObject({ type: 'nudge/hello-reply' });
    const firefox = fakeChrome('nudge@nudge.example');
    (firefox.api.runtime as { getURL: (p: string) => string }).getURL = (p) => `moz-extension://0a1b2c3d-uuid/${p}`;
    startHostScript(window, firefox.api);
    expect(await firefox.deliver({ type: 'nudge/hello' }, { id: 'nudge@nudge.example', url: 'moz-extension://0a1b2c3d-uuid/sidepanel.html?tabId=3', tab: { id: 3 } })).toMatchObject({
      type: 'nudge/hello-reply',
    });
    expect(await firefox.deliver({ type: 'nudge/hello' }, { id: 'nudge@nudge.example', url: 'https://clinical.example.nhs.uk/', tab: { id: 3 } })).toBeUndefined();
    await firefox.deliver({ type: 'nudge/stop' }, { id: 'nudge@nudge.example', url: 'moz-extension://0a1b2c3d-uuid/sidepanel.html' });
  });

  it('an element with id="__nudgeHost" (named access on window) neither disables nor spoofs it', async () => {
    const decoy = document.createElement('div');
    decoy.id = '__nudgeHost';
    document.body.append(decoy);
    const c = fakeChrome();
    expect(() => startHostScript(window, c.api)).not.toThrow();
    expect(await c.deliver({ type: 'nudge/hello' })).toMatchObject({ type: 'nudge/hello-reply' });
    // Injected again: the new copy still replaces the old one.
    const again = fakeChrome();
    startHostScript(window, again.api);
    expect(c.listeners.size).toBe(0);
    expect(again.listeners.size).toBe(1);
    await again.deliver({ type: 'nudge/stop' });
  });

  it('tells the panel the page changed (no page data), and goes quiet after the extension reloads', async () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    await c.deliver({ type: 'nudge/hello' }); // the panel reads the page, then the script watches it
    showBanner('Name: OKAFOR, David · NHS 999 174 2182');
    await vi.waitFor(() => expect(c.sendMessage).toHaveBeenCalledWith({ type: 'nudge/page-changed' }));
    // The extension reloads or updates: this copy's runtime id disappears.
    c.api.runtime.id = undefined;
    c.sendMessage.mockClear();
    showBanner('Name: NOWAK, Zofia · NHS 999 908 1002');
    await new Promise((r) => setTimeout(r, 300));
    expect(c.sendMessage).not.toHaveBeenCalled();
    expect(c.listeners.size).toBe(0);
  });

  it('stops when site access is withdrawn: hears and answers nothing more', async () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    expect(await c.deliver({ type: 'nudge/stop' })).toBeUndefined();
    expect(await c.deliver({ type: 'nudge/hello' })).toBeUndefined();
    expect(c.listeners.size).toBe(0);
    showBanner('Name: OKAFOR, David · NHS 999 174 2182');
    await new Promise((r) => setTimeout(r, 300));
    expect(c.sendMessage).not.toHaveBeenCalled();
  });

  it('a second copy (injected again, or after an update) replaces the first cleanly', async () => {
    const first = fakeChrome();
    const second = fakeChrome();
    startHostScript(window, first.api);
    startHostScript(window, second.api);
    expect(first.listeners.size).toBe(0);
    expect(second.listeners.size).toBe(1);
    await second.deliver({ type: 'nudge/stop' });
  });

  it('the page going away ends everything', () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    const event = new Event('pagehide') as Event & { persisted: boolean };
    Object.defineProperty(event, 'persisted', { value: false });
    window.dispatchEvent(event);
    expect(c.listeners.size).toBe(0);
  });
});
