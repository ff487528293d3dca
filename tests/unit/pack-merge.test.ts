import { describe, expect, it } from 'vitest';
import type { Template } from '@/src/catalogue/templates';
import {
  EMPTY_PRACTICE_TEMPLATES,
  dirOf,
  effectiveTemplates,
  newTemplateId,
  putTemplate,
  resetToDefault,
  setArchived,
  type TemplateDraft,
} from '@/src/templates/store';
import { templatesOffered } from '@/src/templates/in-force';

const t = (id: string, body: string, service: Template['service'] = 'nhs-app'): Template => ({ id, service, title: `Title ${id}`, length: 'short', language: 'en', body });
const draftOf = (x: Template, body: string): TemplateDraft => ({ id: x.id, service: x.service, title: x.title, length: x.length, language: x.language, body, versions: {} });

const v1 = [t('a', 'Default A, version 1. ((nhs_app_url))'), t('b', 'Default B. ((online_form_url))', 'online-requests'), t('c', 'Default C.')];

describe('a practice’s templates on top of the default pack', () => {
  it('with no changes, the practice sees the default pack as it ships', () => {
    const all = effectiveTemplates(v1, EMPTY_PRACTICE_TEMPLATES);
    expect(all.map((x) => [x.id, x.origin, x.body])).toEqual(v1.map((x) => [x.id, 'default', x.body]));
  });

  it('an edit keeps the practice’s wording, and its own templates follow the defaults', () => {
    let s = putTemplate(EMPTY_PRACTICE_TEMPLATES, v1, draftOf(v1[0]!, 'Our own words. ((nhs_app_url))'));
    s = putTemplate(s, v1, { id: 'own-1', service: 'test-results', title: 'Ours', length: 'full', language: 'en', body: 'New one', versions: {} });
    const all = effectiveTemplates(v1, s);
    expect(all.map((x) => [x.id, x.origin, x.body])).toEqual([
      ['a', 'edited', 'Our own words. ((nhs_app_url))'],
      ['b', 'default', v1[1]!.body],
      ['c', 'default', v1[2]!.body],
      ['own-1', 'own', 'New one'],
    ]);
    expect(all[0]!.defaultBody).toBe(v1[0]!.body);
  });

  // A table of what happens to each kind of template when the default pack is updated.
  const v2 = [t('a', 'Default A, version 2. ((nhs_app_url))'), t('c', 'Default C.'), t('d', 'Brand new default D.')];
  let state = putTemplate(EMPTY_PRACTICE_TEMPLATES, v1, draftOf(v1[0]!, 'Practice A.'));
  state = putTemplate(state, v1, draftOf(v1[1]!, 'Practice B.'));
  state = setArchived(state, 'c', true);
  const after = effectiveTemplates(v2, state);
  const byId = Object.fromEntries(after.map((x) => [x.id, x]));
  it.each([
    ['edited default still shipped keeps the practice’s wording', 'a', 'Practice A.', 'edited'],
    ['edited default removed from the pack stays', 'b', 'Practice B.', 'edited'],
    ['unchanged default keeps following the pack', 'c', 'Default C.', 'default'],
    ['new default appears', 'd', 'Brand new default D.', 'default'],
  ])('after a pack update: %s', (_what, id, body, origin) => {
    expect(byId[id]?.body).toBe(body);
    expect(byId[id]?.origin).toBe(origin);
  });
  it('after a pack update: archived stays archived, and an edit tells when its default wording changed', () => {
    expect(byId.c?.archived).toBe(true);
    expect(templatesOffered(after).map((x) => x.id)).toEqual(['a', 'd', 'b']);
    expect(byId.a?.defaultChanged).toBe(true);
    expect(byId.a?.defaultBody).toBe('Default A, version 2. ((nhs_app_url))');
    expect(byId.b?.defaultBody).toBeUndefined();
  });

  it('reset to default wording drops the edit; saving the default wording again stores nothing', () => {
    const edited = putTemplate(EMPTY_PRACTICE_TEMPLATES, v1, draftOf(v1[0]!, 'Practice A.'));
    expect(resetToDefault(edited, 'a').templates).toEqual([]);
    expect(putTemplate(edited, v1, draftOf(v1[0]!, v1[0]!.body)).templates).toEqual([]);
  });

  it('archive and restore', () => {
    const archived = setArchived(EMPTY_PRACTICE_TEMPLATES, 'b', true);
    expect(templatesOffered(effectiveTemplates(v1, archived)).map((x) => x.id)).toEqual(['a', 'c']);
    expect(templatesOffered(effectiveTemplates(v1, setArchived(archived, 'b', false))).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps language versions with their direction', () => {
    const s = putTemplate(EMPTY_PRACTICE_TEMPLATES, v1, { ...draftOf(v1[2]!, v1[2]!.body), versions: { ur: { body: 'السلام علیکم', dir: 'rtl' }, cy: { body: 'Helo', dir: 'ltr' } } });
    const c = effectiveTemplates(v1, s).find((x) => x.id === 'c')!;
    expect(c.origin).toBe('edited');
    expect(c.versions).toEqual({ ur: { body: 'السلام علیکم', dir: 'rtl' }, cy: { body: 'Helo', dir: 'ltr' } });
  });

  it.each([
    ['en', 'ltr'],
    ['cy', 'ltr'],
    ['ur', 'rtl'],
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['fa', 'rtl'],
    ['pl', 'ltr'],
  ])('language %s is written %s', (code, dir) => expect(dirOf(code)).toBe(dir));

  it('new ids never clash with ones in use', () => {
    const seq = ['aaaa', 'aaaa', 'bbbb'];
    expect(newTemplateId(['own-aaaa'], () => seq.shift()!)).toBe('own-bbbb');
  });
});
