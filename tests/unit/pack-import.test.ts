import { describe, expect, it } from 'vitest';
import type { Template } from '@/src/catalogue/templates';
import { exportPack, importPack, PACK_FORMAT } from '@/src/templates/pack';
import { EMPTY_PRACTICE_TEMPLATES, effectiveTemplates, putTemplate, setArchived, type PracticeTemplates } from '@/src/templates/store';

const defaults: Template[] = [
  { id: 'nhs-app-short', service: 'nhs-app', title: 'NHS App', length: 'short', language: 'en', body: 'Hello ((first_name|there)), get the NHS App: ((nhs_app_url))' },
  { id: 'form-short', service: 'online-requests', title: 'Online form', length: 'short', language: 'en', body: 'Contact us using our online form: ((online_form_url))' },
];

const good = (templates: unknown[]) => JSON.stringify({ format: PACK_FORMAT, version: 1, templates });
const tpl = (over: Record<string, unknown> = {}) => ({
  id: 'own-welsh',
  service: 'nhs-app',
  title: 'Welsh NHS App',
  length: 'short',
  language: 'en',
  body: 'Get the NHS App: ((nhs_app_url))',
  versions: { cy: { body: 'Lawrlwythwch Ap y GIG: ((nhs_app_url))', dir: 'ltr' } },
  ...over,
});

/** A practice that has already changed things, so "nothing changed" means something. */
let existing: PracticeTemplates = putTemplate(EMPTY_PRACTICE_TEMPLATES, defaults, { ...defaults[0]!, body: 'Our wording ((nhs_app_url))', versions: {} });
existing = setArchived(existing, 'form-short', true);
const snapshot = JSON.stringify(existing);

describe('importing a template pack', () => {
  it('round-trips: an exported pack imports into a fresh workstation as the same templates', () => {
    const ours = putTemplate(existing, defaults, { ...tpl(), versions: { ur: { body: 'ایپ ((nhs_app_url))', dir: 'rtl' } } } as never);
    const file = exportPack(effectiveTemplates(defaults, ours), new Date('2026-01-02T03:04:05Z'));
    const r = importPack(file, EMPTY_PRACTICE_TEMPLATES, defaults);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Edit and archive dates are the import's own time.
    const strip = (s: PracticeTemplates) => effectiveTemplates(defaults, s).map(({ defaultChanged: _, edited: _e, archivedOn: _a, ...x }) => x);
    expect(strip(r.state)).toEqual(strip(ours));
    expect(r).toMatchObject({ added: 1, updated: 2, unchanged: 0 });
  });

  it('adds new templates and counts them; importing the same file again changes nothing', () => {
    const r = importPack(good([tpl()]), existing, defaults);
    expect(r).toMatchObject({ ok: true, added: 1, updated: 0 });
    if (!r.ok) return;
    const again = importPack(good([tpl()]), r.state, defaults);
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 1 });
  });

  const hostile = '{"format":"nudge-templates","version":1,"templates":[{"__proto__":{"polluted":true},"id":"x"}]}';
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"format": "nudge-templates", ', /not valid JSON/],
    ['a JSON list, not a pack', '[1,2,3]', /not a template pack/],
    ['another kind of file', JSON.stringify({ format: 'nudge-offers', version: 1, templates: [] }), /not a Nudge template pack \(its format is “nudge-offers”\)/],
    ['no format at all', JSON.stringify({ templates: [] }), /format is missing/],
    ['a pack from a newer Nudge', JSON.stringify({ format: PACK_FORMAT, version: 2, templates: [] }), /newer version of Nudge \(pack version 2/],
    ['a version that is not a number', JSON.stringify({ format: PACK_FORMAT, version: '1', templates: [] }), /no valid version/],
    ['no list of templates', JSON.stringify({ format: PACK_FORMAT, version: 1 }), /Template|template/],
    ['an unknown service', good([tpl({ service: 'x-ray-booking' })]), /Template 1 \(“Welsh NHS App”\), service: “x-ray-booking” is not a service Nudge knows/],
    ['an unknown placeholder', good([tpl({ body: 'See ((nhs_ap_url))' })]), /Template 1 \(“Welsh NHS App”\): \(\(nhs_ap_url\)\) is not a placeholder Nudge knows/],
    ['an unknown placeholder in a language version', good([tpl({ versions: { cy: { body: '((enw))', dir: 'ltr' } } })]), /language version “cy”: \(\(enw\)\) is not a placeholder/],
    ['a placeholder missing a bracket', good([tpl({ body: 'Hello ((first_name), see ((nhs_app_url))' })]), /Template 1 \(“Welsh NHS App”\): a placeholder is missing a bracket/],
    ['an empty text', good([tpl({ body: '   ' })]), /text: The text is empty/],
    ['a text far too long', good([tpl({ body: 'a'.repeat(5000) })]), /longer than 2000 characters/],
    ['the same id twice', good([tpl(), tpl()]), /used twice/],
    ['an id that is not a plain word', good([tpl({ id: '../../etc' })]), /id: The id must be lower-case/],
    ['a field templates do not have', good([tpl({ onclick: 'alert(1)' })]), /“onclick” is not something a template can have/],
    ['a bad direction', good([tpl({ versions: { ur: { body: 'x', dir: 'sideways' } } })]), /direction must be/],
    ['a file too big', good([tpl({ title: 'x'.repeat(1_100_000) })]), /too big \(1\.1 MB\)/],
    ['a hostile __proto__ key', hostile, /key that is not allowed \(“__proto__”\)/],
    ['a hostile constructor key', good([tpl({ versions: { constructor: { body: 'x', dir: 'ltr' } } })]), /not allowed \(“constructor”\)/],
    ['too many templates', good(Array.from({ length: 501 }, (_, i) => tpl({ id: `own-${i}` }))), /at most 500 templates/],
  ];
  it.each(cases)('refuses %s with a clear error, and nothing changes', (_what, text, message) => {
    const r = importPack(text, existing, defaults);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(message);
    expect(JSON.stringify(existing)).toBe(snapshot);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every problem in a file at once (up to ten), each naming its template', () => {
    const r = importPack(good([tpl({ service: 'nope' }), tpl({ id: 'own-2', title: 'Second', length: 'medium' })]), existing, defaults);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringMatching(/^Template 1 \(“Welsh NHS App”\), service/), expect.stringMatching(/^Template 2 \(“Second”\), length/)]);
  });
});
