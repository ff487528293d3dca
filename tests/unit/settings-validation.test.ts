import { describe, expect, it } from 'vitest';
import { coerceSettings, DEFAULT_SETTINGS, isPlausibleUkPhone, validateField, validateSettings, type SettingKey } from '@/src/settings/model';

describe('links must be full https links, with a plain-English error', () => {
  it.each([
    ['https://www.riverside-surgery.example/contact-us', true],
    ['https://www.nhs.uk/nhs-app/', true],
    ['https://example.nhs.uk/page?x=1#top', true],
    ['http://www.riverside-surgery.example', false],
    ['www.riverside-surgery.example', false],
    ['riverside-surgery.example/contact', false],
    ['https://', false],
    ['https://localhost/page', false],
    ['https://www.example.nhs.uk/a page', false],
    ['https://user:pw@www.example.nhs.uk/', false],
    ['data:text/html,hello', false],
    ['http://127.0.0.1:5174/surgery/', true],
    ['http://localhost/form', true],
    ['http://127.0.0.2/form', false],
    ['', true],
  ])('%s → %s', (value, ok) => {
    const r = validateField('onlineFormUrl', value);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error).toMatch(/^Enter the online form link/);
  });

  it('a link to a national page (such as the NHS App) cannot be left empty; the practice’s own pages can, until set up', () => {
    expect(validateField('nhsAppUrl', '')).toEqual({ ok: false, error: 'Enter the NHS App link' });
    expect(validateField('repeatPrescriptionsUrl', '   ')).toEqual({ ok: true, value: '' });
  });

  it('says which link is wrong and what a good one looks like', () => {
    const r = validateField('nhsAppUrl', 'nhs.uk/nhs-app');
    expect(r).toEqual({ ok: false, error: 'Enter the NHS App link as a full link starting with https://, like https://www.example.nhs.uk' });
  });

  it('trims spaces pasted around a link', () => {
    expect(validateField('websiteUrl', '  https://www.example.nhs.uk  ')).toEqual({ ok: true, value: 'https://www.example.nhs.uk' });
  });
});

describe('phone numbers must be plausible UK numbers', () => {
  it.each([
    ['01632 960123', true],
    ['0161 496 0000', true],
    ['020 7946 0000', true],
    ['+44 1632 960123', true],
    ['(01632) 960123', true],
    ['07700 900123', true],
    ['1632 960123', false],
    ['01632', false],
    ['01632 960123 ext 4', false],
    ['+1 555 0100 123', false],
    ['016329601234567', false],
    ['ring us', false],
  ])('%s → %s', (value, ok) => {
    expect(isPlausibleUkPhone(value)).toBe(ok);
  });

  it('explains the expected form', () => {
    expect(validateField('surgeryPhone', '12345')).toEqual({ ok: false, error: 'Enter the surgery’s phone number as a UK number, like 01632 960123' });
  });
});

describe('numbers and choices must be in range', () => {
  it.each<[SettingKey, unknown, string | null]>([
    ['partLimit', 1, null],
    ['partLimit', 10, null],
    ['partLimit', 0, 'The message-part limit must be between 1 and 10'],
    ['partLimit', 11, 'The message-part limit must be between 1 and 10'],
    ['partLimit', 2.5, 'Enter the message-part limit as a whole number'],
    ['partLimit', '2', 'Enter the message-part limit as a number'],
    ['retentionMonths', 24, null],
    ['retentionMonths', 0, 'The number of months to keep the log must be between 1 and 120'],
    ['retentionMonths', 121, 'The number of months to keep the log must be between 1 and 120'],
    ['countingRules', 'notify', null],
    ['countingRules', 'ucs2', 'Choose how message parts are counted'],
    ['defaultRole', 'clinician', null],
    ['defaultRole', 'doctor', 'Choose receptionist, clinician or manager'],
    ['surgeryName', '   ', null],
    ['surgeryName', 42, 'Enter the surgery’s name'],
    ['digitalSupportContact', '', 'Enter who helps patients with digital skills'],
    ['surgeryName', 'x'.repeat(81), 'The surgery’s name must be 80 characters or fewer'],
    ['loggingEnabled', 'yes', 'Choose whether offers are recorded'],
  ])('%s = %j', (key, value, error) => {
    const r = validateField(key, value);
    if (error === null) expect(r.ok).toBe(true);
    else expect(r).toEqual({ ok: false, error });
  });
});

describe('site profiles and allowed sites', () => {
  it.each([
    [{ host: 'https://clinical.example.nhs.uk' }, true],
    [{ host: 'https://*.example.nhs.uk', nameSelector: '#patient-name', cues: [{ id: 'results', url: '/results' }] }, true],
    [{ host: 'https://clinical.example.nhs.uk/path' }, false],
    [{ host: 'clinical.example.nhs.uk' }, false],
    [{ host: 'https://clinical.example.nhs.uk', nameSelector: '##bad[' }, false],
    [{ host: 'https://clinical.example.nhs.uk', cues: [{ id: 'Results Screen' }] }, false],
  ])('profile %j → %s', (profile, ok) => {
    expect(validateField('siteProfiles', [profile]).ok).toBe(ok);
  });

  it('names the entry that is wrong', () => {
    const r = validateField('allowedSites', ['https://a.example.nhs.uk', 'https://b.example.nhs.uk/login']);
    expect(r).toEqual({ ok: false, error: 'Entry 2: Enter each allowed site as an address like https://clinical.example.nhs.uk, with no page path' });
  });

  it('drops a trailing slash from an allowed site and empty selectors', () => {
    expect(validateField('allowedSites', ['https://a.example.nhs.uk/'])).toEqual({ ok: true, value: ['https://a.example.nhs.uk'] });
    const r = validateField('siteProfiles', [{ host: 'https://a.example.nhs.uk', nameSelector: '' }]);
    expect(r.ok && r.value[0]?.nameSelector).toBeUndefined();
  });
});

describe('a whole set of settings', () => {
  it('the defaults are valid', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('reports every bad field at once, each with its own message', () => {
    const r = validateSettings({ ...DEFAULT_SETTINGS, websiteUrl: 'http://x.example', surgeryPhone: 'none', partLimit: 99 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['partLimit', 'surgeryPhone', 'websiteUrl']);
  });

  it('bad stored values never crash loading: each falls back to its default, good ones are kept', () => {
    const stored = { ...DEFAULT_SETTINGS, surgeryName: 'Hill Surgery', websiteUrl: 42, partLimit: -1, siteProfiles: 'oops', unknown: true };
    const s = coerceSettings(stored);
    expect(s.surgeryName).toBe('Hill Surgery');
    expect(s.websiteUrl).toBe(DEFAULT_SETTINGS.websiteUrl);
    expect(s.partLimit).toBe(DEFAULT_SETTINGS.partLimit);
    expect(s.siteProfiles).toEqual([]);
    expect(s).not.toHaveProperty('unknown');
  });

  it.each([null, undefined, 'text', 7, []])('nothing usable stored (%j) gives the defaults', (stored) => {
    expect(coerceSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });
});
