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
      sendMessage,
      onMessage: { addListener: (fn: Listener) => listeners.add(fn), removeListener: (fn: Listener) => listeners.delete(fn) },
    },
  };
  /** Deliver a message as the browser would; returns the reply, if any. */
  const deliver = (message: unknown, sender: { id?: string; tab?: unknown } = { id }) => {
    let reply: unknown;
    for (const l of [...listeners]) l(message, sender, (r) => (reply = r));
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
    showBanner('Name: SMITH, Jane');
  });

  it('answers this extension’s pages only: not another extension, not a content script in a tab', () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    expect(c.deliver({ type: 'nudge/hello' }, { id: 'another-extension' })).toBeUndefined();
    expect(c.deliver({ type: 'nudge/hello' }, { id: 'nudge-id', tab: { id: 3 } })).toBeUndefined();
    expect(c.deliver({ type: 'nudge/hello', extra: 1 })).toBeUndefined();
    expect(c.deliver({ type: 'nudge/hello' })).toMatchObject({ type: 'nudge/hello-reply', context: { names: ['Jane Smith'] } });
    c.deliver({ type: 'nudge/stop' });
  });

  it('tells the panel the page changed (no page data), and goes quiet after the extension reloads', async () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    showBanner('Name: OKAFOR, David');
    await vi.waitFor(() => expect(c.sendMessage).toHaveBeenCalledWith({ type: 'nudge/page-changed' }));
    // The extension reloads or updates: this copy's runtime id disappears.
    c.api.runtime.id = undefined;
    c.sendMessage.mockClear();
    showBanner('Name: NOWAK, Zofia');
    await new Promise((r) => setTimeout(r, 300));
    expect(c.sendMessage).not.toHaveBeenCalled();
    expect(c.listeners.size).toBe(0);
  });

  it('stops when site access is withdrawn: hears and answers nothing more', async () => {
    const c = fakeChrome();
    startHostScript(window, c.api);
    expect(c.deliver({ type: 'nudge/stop' })).toBeUndefined();
    expect(c.deliver({ type: 'nudge/hello' })).toBeUndefined();
    expect(c.listeners.size).toBe(0);
    showBanner('Name: OKAFOR, David');
    await new Promise((r) => setTimeout(r, 300));
    expect(c.sendMessage).not.toHaveBeenCalled();
  });

  it('a second copy (injected again, or after an update) replaces the first cleanly', () => {
    const first = fakeChrome();
    const second = fakeChrome();
    startHostScript(window, first.api);
    startHostScript(window, second.api);
    expect(first.listeners.size).toBe(0);
    expect(second.listeners.size).toBe(1);
    second.deliver({ type: 'nudge/stop' });
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
