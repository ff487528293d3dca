import { describe, expect, it } from 'vitest';
import { selectCards, matchesQuery, queryWords } from '@/src/prompts/select';
import { searchTemplates, touchRecent } from '@/src/templates/search';
import type { Template } from '@/src/catalogue/templates';

const cards = [
  { id: 'leaflet-by-text', roles: ['clinician'], summary: 'Offer information by text message instead of a paper leaflet', cues: ['consultation-screen'] },
  { id: 'online-follow-up', roles: ['clinician'], summary: 'Suggest an online request for follow-up' },
  { id: 'show-record', roles: ['clinician'], summary: 'Show the patient their record in the NHS App', cues: ['results-screen'] },
  { id: 'caller-test-results', roles: ['receptionist'], summary: 'Caller asking for test results', cues: ['results-screen'], searchText: 'blood test' },
  { id: 'repeat-prescription', roles: ['receptionist'], summary: 'Ordering a repeat prescription', cues: ['prescriptions-screen'] },
  { id: 'fit-note', roles: ['receptionist'], summary: 'Asking for a fit note' },
];

describe('choosing prompt cards', () => {
  it.each<[string, Parameters<typeof selectCards>[1], string[]]>([
    ['a clinician sees the clinician cards in catalogue order', { role: 'clinician' }, ['leaflet-by-text', 'online-follow-up', 'show-record']],
    ['a receptionist sees the receptionist cards', { role: 'receptionist' }, ['caller-test-results', 'repeat-prescription', 'fit-note']],
    ['cards whose cues match the page rise to the top', { role: 'receptionist', cues: ['prescriptions-screen'] }, ['repeat-prescription', 'caller-test-results', 'fit-note']],
    ['on a results screen the test-results card comes first', { role: 'receptionist', cues: ['results-screen'] }, ['caller-test-results', 'repeat-prescription', 'fit-note']],
    ['dismissed cards stay away', { role: 'clinician', dismissed: new Set(['online-follow-up']) }, ['leaflet-by-text', 'show-record']],
    ['search finds cards of every role, own role first', { role: 'receptionist', query: 'test' }, ['caller-test-results']],
    ['search matches words in the summary', { role: 'receptionist', query: 'record' }, ['show-record']],
    ['search matches the start of words, every word', { role: 'clinician', query: 'paper leaf' }, ['leaflet-by-text']],
    ['a manager sees no prompts until searching', { role: 'manager' }, []],
  ])('%s', (_name, options, expected) => {
    expect(selectCards(cards, options).map((c) => c.card.id)).toEqual(expected);
  });

  it('marks which cards the page cued', () => {
    const r = selectCards(cards, { role: 'receptionist', cues: ['results-screen'] });
    expect(r.map((c) => c.cued)).toEqual([true, false, false]);
  });

  it('splits queries into words and matches word starts', () => {
    expect(queryWords('  NHS-App, results ')).toEqual(['nhs', 'app', 'results']);
    expect(matchesQuery('See test results', ['res'])).toBe(true);
    expect(matchesQuery('See test results', ['sults'])).toBe(false);
  });
});

describe('finding a text fast', () => {
  const t = (id: string, service: Template['service'], title: string, body = ''): Template => ({ id, service, title, body, length: 'short', language: 'en' });
  const templates = [
    t('a', 'nhs-app', 'Sign up to the NHS App'),
    t('b', 'repeat-prescriptions', 'Order repeat prescriptions online', 'order your medicines'),
    t('c', 'test-results', 'See test results in the NHS App'),
    t('d', 'online-requests', 'Contact us online', 'You can also use the NHS App.'),
  ];
  it.each<[string, Parameters<typeof searchTemplates>[1], string[]]>([
    ['everything, in pack order', {}, ['a', 'b', 'c', 'd']],
    ['by title words first, then by wording', { query: 'nhs app' }, ['a', 'c', 'd']],
    ['by wording', { query: 'medicines' }, ['b']],
    ['by service', { service: 'test-results' }, ['c']],
    ['by service name', { query: 'pharmacy', serviceName: (s) => (s === 'repeat-prescriptions' ? 'Pharmacy and prescriptions' : s) }, ['b']],
    ['the last used first', { recent: ['c', 'b'] }, ['c', 'b', 'a', 'd']],
    // A search lists texts whose title matches before those that only mention the words.
    ['title matches before wording matches', { query: 'order' }, ['b']],
    ['title before service before wording', { query: 'online', serviceName: (s) => (s === 'repeat-prescriptions' ? 'Ordering online' : s) }, ['b', 'd']],
  ])('%s', (_name, search, expected) => {
    expect(searchTemplates(templates, search).map((x) => x.id)).toEqual(expected);
  });

  it('keeps a short recent list, most recent first', () => {
    expect(touchRecent(['a', 'b', 'c'], 'c', 3)).toEqual(['c', 'a', 'b']);
    expect(touchRecent(['a', 'b', 'c'], 'd', 3)).toEqual(['d', 'a', 'b']);
  });
});
