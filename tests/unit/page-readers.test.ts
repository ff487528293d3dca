/**
 * The generic readers on saved pages shaped like real clinical and booking systems: banners,
 * tables with many numbers, and decoys (wrong check digits, lab references, phone-like references,
 * dates, the surgery's own numbers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext, type PageContext } from '@/src/page/context';
import { cleanName } from '@/src/page/patient-name';
import { matchCues } from '@/src/page/cues';
import { profileFor, type SiteProfile } from '@/src/page/site-profile';

const SURGERY = ['01632 960123', '07700 900999'];

export function loadPage(name: string): Document {
  const html = readFileSync(join(__dirname, '../fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('reading the patient from pages nobody set up', () => {
  it.each<[string, string, PageContext]>([
    ['EMIS-like banner: lab ref and order number with valid check digits, a daughter’s mobile outside the banner', 'emis-like.html', { names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: ['07700900123'] }],
    ['SystmOne-like bar: the unlabelled "Title Forename SURNAME" leading a banner with an NHS number, fax skipped', 'systmone-like.html', { names: ['David Okafor'], nhsNumbers: ['9991742182'], mobiles: ['07700900456'] }],
    ['booking system: the selected patient, not the day’s table', 'booking-selected.html', { names: ['Zofia Nowak'], nhsNumbers: ['9999081002'], mobiles: ['07700900789'] }],
    ['a list of many patients is nobody in particular', 'day-list.html', { names: [], nhsNumbers: [], mobiles: [] }],
    ['decoys: labelled NHS number wins, specimen, bad check digits, long numbers ignored; a mobile in another paragraph of a letter is not the banner’s', 'decoys.html', { names: [], nhsNumbers: ['9997877896'], mobiles: [] }],
    ['two mobiles are both offered, in order', 'two-mobiles.html', { names: ['Zofia Nowak'], nhsNumbers: ['9999081002'], mobiles: ['07700900789', '07700900321'] }],
    ['inline header with separators, 0044 mobile, hyphenated surname', 'inline-header.html', { names: ['Siobhán O’Brien-Jones'.replace('’', "'")], nhsNumbers: ['9434765919'], mobiles: ['07700900654'] }],
    ['a page with no patient shows none (an order number, an empty Name field)', 'no-patient.html', { names: [], nhsNumbers: [], mobiles: [] }],
    ['two patients on one page: both kept for the user to choose', 'two-patients.html', { names: ['Jane Smith', 'Janet Smith'], nhsNumbers: ['9997877896', '9991742182'], mobiles: [] }],
  ])('%s', (_case, file, expected) => {
    expect(readContext(loadPage(file), null, SURGERY)).toEqual(expected);
  });

  it('the surgery’s own mobile is never the patient’s, whatever its format', () => {
    const doc = new DOMParser().parseFromString('<div>NHS 999 787 7896 · Mobile +447700900999 · Mobile 07700 900123</div>', 'text/html');
    expect(readContext(doc, null, ['07700 900999']).mobiles).toEqual(['07700900123']);
    expect(readContext(doc).mobiles).toEqual(['07700900999', '07700900123']);
  });
});

describe('site profiles', () => {
  const profile: SiteProfile = { host: 'https://*.systm.example', nameSelector: '#demographicsBar b', messageBoxSelector: '#sms' };

  it('a profile’s selector reads what the generic reader would not; the rest stays generic', () => {
    expect(readContext(loadPage('systmone-like.html'), profile)).toEqual({ names: ['David Okafor'], nhsNumbers: ['9991742182'], mobiles: ['07700900456'] });
  });

  it.each<[string, string, SiteProfile, PageContext]>([
    ['a bad selector reads nothing rather than failing', 'emis-like.html', { host: 'x', nhsNumberSelector: '[[[' }, { names: ['Jane Smith'], nhsNumbers: [], mobiles: ['07700900123'] }],
    ['a selector for the journal finds the daughter’s mobile only there', 'emis-like.html', { host: 'x', mobileSelector: '.journal' }, { names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: ['07700900321'] }],
  ])('%s', (_case, file, p, expected) => {
    expect(readContext(loadPage(file), p)).toEqual(expected);
  });

  it.each<[string, string, boolean]>([
    ['https://clinical.example.nhs.uk', 'https://clinical.example.nhs.uk', true],
    ['https://clinical.example.nhs.uk/', 'https://clinical.example.nhs.uk', true],
    ['https://*.example.nhs.uk', 'https://a.b.example.nhs.uk', true],
    ['https://*.example.nhs.uk', 'https://example.nhs.uk', true],
    ['https://*.example.nhs.uk', 'http://a.example.nhs.uk', false],
    ['https://*.example.nhs.uk', 'https://badexample.nhs.uk', false],
    ['https://clinical.example.nhs.uk', 'https://clinical.example.nhs.uk.evil.example', false],
  ])('profile %s applies to %s: %s', (host, origin, applies) => {
    expect(profileFor([{ host }], origin) !== null).toBe(applies);
  });
});

describe('names as systems show them', () => {
  it.each<[string, string | null]>([
    ['SMITH, Jane (Mrs)', 'Jane Smith'],
    ['Mrs Jane SMITH', 'Jane Smith'],
    ['Smith, Jane Mrs', 'Jane Smith'],
    ['Dr. Amir KHAN (Male)', 'Amir Khan'],
    ["O'BRIEN, Siobhán", "Siobhán O'Brien"],
    ['McDONALD, Ewan', 'Ewan McDONALD'],
    ['SMITH, Jane  Born 14-Mar-1968', 'Jane Smith'],
    ['Jane Smith NHS 999 787 7896', 'Jane Smith'],
    ['999 787 7896', null],
    ['', null],
    ['<script>', null],
    ['Mr', null],
  ])('%s → %s', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });
});

describe('page cues', () => {
  it.each<[string, string, string[]]>([
    ['results screen by its words', 'https://x.example/patient/42/test-results', ['results']],
    ['a URL word is a whole word', 'https://x.example/notebook', []],
    ['visible text', 'https://x.example/a', ['booking']],
  ])('%s', (_case, url, expected) => {
    const doc = new DOMParser().parseFromString(url.endsWith('/a') ? '<h1>Book an   appointment</h1>' : '<p>Nothing</p>', 'text/html');
    Object.defineProperty(doc, 'location', { value: new URL(url) });
    expect(matchCues(doc, [{ id: 'results', urlWord: 'results' }, { id: 'book', urlWord: 'book' }, { id: 'booking', text: 'book an appointment' }])).toEqual(expected);
  });
});
