// @vitest-environment node
/**
 * `npm run check-links`: its classification of answers against a local HTTP server on port 0
 * (200, 301 and 404, a redirect to an index, a loop, a closed port), the links it collects from
 * the defaults, a settings file and policy files, and what it says without a network.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks, defaultLinks, isParentOf, looksOffline, main, settingsIn, settingsLinks, summarise } from '@/src/links/check';
import { DEFAULT_PRACTICE } from '@/src/settings/practice';

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    if (path === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
    if (path === '/help/deep/page/') return void res.writeHead(301, { location: '/help/' }).end();
    if (path === '/help/') return void res.writeHead(200).end('index');
    if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (path === '/gone') return void res.writeHead(404).end('not found');
    res.writeHead(500).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was open a moment ago and is closed now: nothing answers there.
  const other = createServer();
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  closedPort = (other.address() as AddressInfo).port;
  await new Promise((ok) => other.close(ok));
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
});

const link = (path: string) => ({ url: `${base}${path}`, where: ['test'] });
const opts = () => ({ fetch: globalThis.fetch, timeoutMs: 5000 });

describe('classifying answers (a local server on port 0)', () => {
  it('200: answered', async () => {
    expect(await checkLink(link('/ok'), opts())).toMatchObject({ status: 'ok', httpStatus: 200 });
  });

  it('301: redirected, with where to and each step', async () => {
    const r = await checkLink(link('/moved'), opts());
    expect(r).toMatchObject({ status: 'redirected', httpStatus: 200, finalUrl: `${base}/ok`, landedOnParent: false });
    expect(r.hops).toEqual([{ status: 301, from: `${base}/moved`, to: `${base}/ok` }]);
  });

  it('404: broken, with the status', async () => {
    expect(await checkLink(link('/gone'), opts())).toMatchObject({ status: 'broken', httpStatus: 404, reason: 'answered 404' });
  });

  it('a deep link redirected to its index is flagged: it answers, but not with the page promised', async () => {
    const r = await checkLink(link('/help/deep/page/'), opts());
    expect(r).toMatchObject({ status: 'redirected', finalUrl: `${base}/help/`, landedOnParent: true });
    expect(summarise([r]).text).toMatch(/lands on a shorter address, perhaps a general page/);
  });

  it('a redirect loop is broken, not followed for ever', async () => {
    expect(await checkLink(link('/loop'), { ...opts(), maxRedirects: 3 })).toMatchObject({ status: 'broken', reason: 'more than 3 redirects' });
  });

  it('nothing listening: could not be reached, with the error code', async () => {
    const r = await checkLink({ url: `http://127.0.0.1:${closedPort}/x`, where: ['test'] }, opts());
    expect(r).toMatchObject({ status: 'unreachable', code: 'ECONNREFUSED' });
  });

  it('an example domain is never fetched', async () => {
    let asked = 0;
    const r = await checkLink({ url: 'https://www.riverside-surgery.example/x', where: ['test'] }, { fetch: async () => (asked++, new Response('')) });
    expect(r.status).toBe('example');
    expect(asked).toBe(0);
  });

  it('a report of all of them, and exit code 1 when something is broken or unreachable', async () => {
    const results = await checkLinks([link('/ok'), link('/moved'), link('/gone'), { url: `http://127.0.0.1:${closedPort}/`, where: ['x'] }], opts());
    const s = summarise(results);
    expect(s.counts).toEqual({ ok: 1, redirected: 1, broken: 1, unreachable: 1, example: 0 });
    expect(s.offline).toBe(false);
    expect(s.exitCode).toBe(1);
    expect(s.text).toMatch(/Could not be reached \(1\)/);
    expect(s.text).toMatch(new RegExp(`Redirected: check each lands on the page you meant \\(1\\):\\n  ${base.replace(/[.]/g, '\\.')}/moved -> ${base.replace(/[.]/g, '\\.')}/ok \\(301\\)`));
    expect(s.text).toMatch(/4 links: 1 answered, 1 redirected, 1 broken, 1 could not be reached, 0 can never work\./);
    expect(summarise(await checkLinks([link('/ok')], opts())).exitCode).toBe(0);
  });

  it('tells a shorter address on the same site from a different page', () => {
    expect(isParentOf('https://www.nhs.uk/nhs-app/help/', 'https://www.nhs.uk/nhs-app/help/test-results/')).toBe(true);
    expect(isParentOf('https://www.nhs.uk/nhs-app/help/new-place/', 'https://www.nhs.uk/nhs-app/help/test-results/')).toBe(false);
    expect(isParentOf('https://other.example/nhs-app/', 'https://www.nhs.uk/nhs-app/help/')).toBe(false);
  });
});

describe('without a network', () => {
  const offlineFetch = (async () => {
    throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND www.nhs.uk'), { code: 'ENOTFOUND' }) });
  }) as unknown as typeof fetch;

  it('says there is no network instead of calling every link broken, with exit code 2', async () => {
    const lines: string[] = [];
    const code = await main([], { fetch: offlineFetch, out: (s) => lines.push(s), readFile: async () => '' });
    expect(code).toBe(2);
    expect(lines.join('\n')).toMatch(/^No network: none of the \d+ links could be reached from this computer \(ENOTFOUND/);
    expect(lines.join('\n')).toMatch(/Nothing was checked/);
  });

  it('is not fooled by one site being down while others answer', async () => {
    const results = await checkLinks([link('/ok'), { url: 'https://down.invalid.nhs.uk/', where: ['x'] }], {
      fetch: (async (u: string, i?: RequestInit) => (u.startsWith(base) ? globalThis.fetch(u, i) : offlineFetch(u))) as typeof fetch,
    });
    expect(looksOffline(results)).toBe(false);
  });

  it('still lists example links in a settings file as never working', async () => {
    const file = JSON.stringify({ format: 'nudge-settings', version: 2, settings: { onlineFormUrl: 'https://www.riverside-surgery.example/contact-us' } });
    const lines: string[] = [];
    await main(['settings.json'], { fetch: offlineFetch, out: (s) => lines.push(s), readFile: async () => file });
    expect(lines.join('\n')).toMatch(/Links that can never work \(1\):\n {2}https:\/\/www\.riverside-surgery\.example\/contact-us {2}\[setting onlineFormUrl in settings\.json\]/);
  });
});

describe('which links it checks', () => {
  it('every default link: settings, cards and the sources of the content, each once, with where it is used', () => {
    const all = defaultLinks();
    const urls = all.map((l) => l.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const [key, value] of Object.entries(DEFAULT_PRACTICE)) if (key.endsWith('Url') && value) expect(urls, key).toContain(value);
    expect(urls).toContain('https://www.ageuk.org.uk');
    expect(urls).toContain('https://111.nhs.uk');
    expect(urls).toContain('https://www.england.nhs.uk/long-read/promoting-online-services/');
    expect(all.find((l) => l.url === DEFAULT_PRACTICE.nhsAppUrl)!.where).toContain('setting nhsAppUrl (default)');
    expect(urls.some((u) => u.includes('(('))).toBe(false);
  });

  const settings = { surgeryName: 'Castle Mead', websiteUrl: 'https://www.castlemead.nhs.uk', travelUrl: 'https://www.castlemead.nhs.uk/travel', retentionMonths: 24 };
  it.each([
    ['a settings file exported from the dashboard', { format: 'nudge-settings', version: 2, settings }],
    ['a Chrome or Edge policy file', { '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: settings } } }],
    ['Firefox’s policies.json', { policies: { '3rdparty': { Extensions: { 'nudge@nudge.example': settings } } } }],
    ['the policy’s values on their own', settings],
  ])('reads the practice’s links from %s', (_what, data) => {
    expect(settingsIn(data)).toMatchObject({ travelUrl: 'https://www.castlemead.nhs.uk/travel' });
    expect(settingsLinks(data).map((l) => [l.url, l.where[0]])).toEqual([
      ['https://www.castlemead.nhs.uk', 'setting websiteUrl'],
      ['https://www.castlemead.nhs.uk/travel', 'setting travelUrl'],
    ]);
  });

  it('also checks links written into a policy’s own texts', () => {
    const data = { templates: [{ id: 'own', service: 'travel', title: 'T', body: 'Go to https://www.castlemead.nhs.uk/jabs.' }] };
    expect(settingsLinks(data).map((l) => l.url)).toEqual(['https://www.castlemead.nhs.uk/jabs']);
  });

  it('refuses a file that is not JSON or holds no settings', async () => {
    const lines: string[] = [];
    expect(await main(['x.json'], { fetch: globalThis.fetch, out: (s) => lines.push(s), readFile: async () => 'not json' })).toBe(1);
    expect(lines[0]).toMatch(/Cannot read x\.json as JSON/);
  });
});
