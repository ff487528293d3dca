import { describe, expect, it } from 'vitest';
import type { Template } from '@/src/catalogue/templates';
import { EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { SET_UP_PRACTICE } from './practice-fixture';
import { EMPTY_PRACTICE_TEMPLATES, effectiveTemplates, putTemplate } from '@/src/templates/store';
import { resolvePoster } from '@/src/ui/print/resolve';
import { printUrl } from '@/src/ui/print/url';

const defaults: Template[] = [
  { id: 'rx', service: 'repeat-prescriptions', title: 'Repeat prescriptions', length: 'short', language: 'en', body: 'Hello ((first_name|there)), order at ((repeat_prescriptions_url)).' },
  { id: 'no-link', service: 'digital-skills', title: 'Phone or come in', length: 'short', language: 'en', body: 'You can still phone us or come in.' },
];
const withUrdu = putTemplate(EMPTY_PRACTICE_TEMPLATES, defaults, { ...defaults[0]!, versions: { ur: { body: 'دوائیں ((repeat_prescriptions_url)) پر منگوائیں', dir: 'rtl' } } });
const templates = effectiveTemplates(defaults, withUrdu);

describe('the print view’s poster for a URL', () => {
  it('?template=: the service, its explanation, the template’s main link, the surgery', () => {
    const r = resolvePoster('?template=rx&lang=en', templates, SET_UP_PRACTICE);
    expect(r).toMatchObject({
      ok: true,
      request: { templateId: 'rx', service: 'repeat-prescriptions', language: 'en' },
      poster: { link: SET_UP_PRACTICE.repeatPrescriptionsUrl, surgeryName: SET_UP_PRACTICE.surgeryName, surgeryPhone: SET_UP_PRACTICE.surgeryPhone },
    });
    if (r.ok) {
      expect(r.poster.explanation).toMatch(/repeat medicines online/);
      expect(r.poster.translated).toBeUndefined();
    }
  });

  it('?template=&lang=ur: carries the Urdu wording, right to left', () => {
    const r = resolvePoster('?template=rx&lang=ur', templates, SET_UP_PRACTICE);
    expect(r.ok && r.poster.translated).toEqual({ text: `دوائیں ${SET_UP_PRACTICE.repeatPrescriptionsUrl} پر منگوائیں`, lang: 'ur', dir: 'rtl', languageName: 'Urdu (اردو)' });
    expect(r.ok && r.request.language).toBe('ur');
  });

  it('?service=: the service’s link from the practice settings', () => {
    const r = resolvePoster('?service=online-requests', templates, SET_UP_PRACTICE);
    expect(r).toMatchObject({ ok: true, poster: { link: SET_UP_PRACTICE.onlineFormUrl }, request: { templateId: null, service: 'online-requests' } });
  });

  it.each([
    ['nothing asked for', '', /needs a template or a service/],
    ['an unknown service', '?service=x-rays', /needs a template or a service/],
    ['a hostile id', '?template=__proto__', /needs a template or a service/],
    ['a template that is not there', '?template=gone', /not found/],
    ['a language the template has no version in', '?template=rx&lang=cy', /has no Welsh \(Cymraeg\) version/],
  ])('%s gives a clear message', (_what, search, message) => {
    const r = resolvePoster(search, templates, SET_UP_PRACTICE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('builds the URL the panel opens', () => {
    expect(printUrl('chrome-extension://x/print.html', { template: 'rx', lang: 'ur' })).toBe('chrome-extension://x/print.html?template=rx&lang=ur');
    expect(printUrl('/print.html', { service: 'nhs-app' })).toBe('/print.html?service=nhs-app');
  });
});

describe('no example practice on a poster', () => {
  it.each([
    ['a fresh install', { ...SET_UP_PRACTICE, surgeryName: '' }],
    ['the example surgery', EXAMPLE_PRACTICE],
    ['an example phone number', { ...SET_UP_PRACTICE, surgeryPhone: '01632 960123' }],
    ['an example link', { ...SET_UP_PRACTICE, repeatPrescriptionsUrl: 'https://www.riverside-surgery.example/prescriptions' }],
  ])('%s: nothing to print, and set-up is named', (_name, practice) => {
    for (const search of ['?template=rx&lang=en', '?service=repeat-prescriptions']) {
      const r = resolvePoster(search, templates, practice);
      expect(r.ok, search).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatch(/not set up yet/);
        expect(r.setup, 'the page links to the set-up page').toBe(true);
      }
    }
  });
});
