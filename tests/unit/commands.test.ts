import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onCommand } from '@/src/ext/commands';
import { listenForPanelCommands } from '@/src/ui/panel/commands';
import type { PanelState } from '@/src/ui/panel/state';

describe('the keyboard command that opens Nudge and focuses its search', () => {
  it('asks the panel to focus its search box when the user gives the command', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return undefined;
    });
    await onCommand('focus-search', { windowId: 1 });
    expect(sent).toEqual([{ type: 'nudge/focus-search' }]);
  });

  it('tries again while the panel is still loading, a bounded number of times', async () => {
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      calls++;
      if (calls < 3) throw new Error('Receiving end does not exist');
      return undefined;
    });
    await onCommand('focus-search', { windowId: 1 });
    expect(calls).toBe(3);
  });

  it('ignores other commands', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await onCommand('something-else', { windowId: 1 });
    expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['from this extension’s background', { id: fakeBrowser.runtime.id, url: 'chrome-extension://test/background.js' }, { type: 'nudge/focus-search' }, true],
    ['from a content script in a tab', { id: fakeBrowser.runtime.id, url: 'https://example.nhs.uk/', tab: { id: 3 } }, { type: 'nudge/focus-search' }, false],
    ['from another extension', { id: 'someone-else', url: 'chrome-extension://other/bg.js' }, { type: 'nudge/focus-search' }, false],
    ['a message that is not a command', { id: fakeBrowser.runtime.id, url: 'chrome-extension://test/background.js' }, { type: 'nudge/focus-search', extra: 1 }, false],
  ])('the panel focuses its search only for a valid command %s', async (_name, sender, message, focuses) => {
    document.body.replaceChildren();
    const search = Object.assign(document.createElement('input'), { id: 'panel-search', type: 'search' });
    document.body.append(search);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((p: string) => `chrome-extension://test${p}`);
    const stop = listenForPanelCommands(() => ({}) as PanelState);
    await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
    expect(document.activeElement === search).toBe(focuses);
    stop();
  });
});
