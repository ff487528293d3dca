/**
 * The panel's link to its tab: it reads only pages it may reach, sends the right site profile,
 * never shows one site's reading for another, and stops a content script whose access was withdrawn.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHostLink, webOrigin } from '@/src/ui/panel/host-link';

const TAB = 7;
const SITE = 'https://clinical.example.nhs.uk';
const reply = (origin = SITE) => ({
  type: 'nudge/hello-reply',
  origin,
  context: { names: ['Jane Smith'], nhsNumbers: [], mobiles: [] },
  field: null,
  cues: [],
});

function tabShows(url: string | undefined) {
  return vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url } as never);
}

describe('the panel’s link to its tab', () => {
  it('a closed tab: no tab, nothing asked', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7'));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await createHostLink(TAB).hello()).toEqual({ status: 'no-tab' });
    expect(send).not.toHaveBeenCalled();
  });

  it('a site whose access was withdrawn (its address is hidden from us): no access, and the old content script is told to stop', async () => {
    tabShows(undefined);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await createHostLink(TAB).hello()).toEqual({ status: 'no-access' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(TAB, { type: 'nudge/stop' }, { frameId: 0 });
  });

  it('sends the profile for the tab’s site and the surgery’s numbers, in hello and insert', async () => {
    tabShows(`${SITE}/patient/42`);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(reply());
    const profiles = [
      { host: 'https://other.example', nameSelector: '#wrong' },
      { host: 'https://*.example.nhs.uk', nameSelector: '.pt-name' },
    ];
    const link = createHostLink(TAB, { profiles: () => profiles, ignoreNumbers: () => ['01632 960123', ' '], cues: [{ id: 'results-screen', label: 'Test results', urlWords: ['results'], textWords: ['Test results'] }] });
    expect(await link.hello()).toMatchObject({ status: 'ready' });
    expect(send.mock.calls[0]![1]).toEqual({
      type: 'nudge/hello',
      profile: profiles[1],
      ignore: ['01632 960123'],
      cues: [{ id: 'results-screen', urlWord: 'results' }, { id: 'results-screen', text: 'Test results' }],
    });
    // The insert goes through the background, which records the offer once the text went in (issue 13, item 4).
    const relay = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ reply: { type: 'nudge/insert-reply', status: 'inserted', field: 'SMS' } });
    expect(await link.insert('Hello Jane', { names: ['Jane Smith'] })).toEqual({ type: 'nudge/insert-reply', status: 'inserted', field: 'SMS' });
    expect(relay).toHaveBeenCalledWith({
      type: 'nudge/insert-and-record',
      tabId: TAB,
      request: { type: 'nudge/insert', text: 'Hello Jane', guard: { names: ['Jane Smith'] }, profile: profiles[1], ignore: ['01632 960123'] },
    });
    // An answer that is not the background's shape is no answer.
    relay.mockResolvedValue({ reply: { type: 'nudge/insert-reply', status: 'inserted' } });
    expect(await link.insert('Hello Jane')).toBeNull();
  });

  it('the tab moved to another site while we asked: the reading is taken again for that site', async () => {
    tabShows(`${SITE}/a`);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(reply('https://booking.example')).mockResolvedValueOnce(reply('https://booking.example'));
    const link = createHostLink(TAB, { profiles: () => [{ host: 'https://booking.example', mobileSelector: '.mob' }] });
    const r = await link.hello();
    expect(r).toMatchObject({ status: 'ready', page: { origin: 'https://booking.example' } });
    expect(send.mock.calls[1]![1]).toMatchObject({ profile: { host: 'https://booking.example' } });
  });

  it('a browser page is never read', async () => {
    tabShows('chrome://settings/');
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await createHostLink(TAB).hello()).toEqual({ status: 'no-access' });
    expect(send).not.toHaveBeenCalled();
  });

  it.each<[string | undefined, string | null]>([
    ['https://a.example/x?y#z', 'https://a.example'],
    ['http://127.0.0.1:5174/consultation.html', 'http://127.0.0.1:5174'],
    ['chrome-extension://abc/sidepanel.html', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
    [undefined, null],
  ])('the site of %s is %s', (url, origin) => {
    expect(webOrigin(url)).toBe(origin);
  });

});

