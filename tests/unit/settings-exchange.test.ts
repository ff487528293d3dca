import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile, SETTINGS_FILE_VERSION } from '@/src/settings/exchange';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/model';
import { DEFAULT_PRACTICE } from '@/src/settings/practice';

const here: Settings = { ...DEFAULT_SETTINGS, workstationName: 'Reception 2' };
const other: Settings = { ...DEFAULT_SETTINGS, surgeryName: 'Hill Street Surgery', workstationName: 'Room 4', retentionMonths: 36, allowedSites: ['https://clinical.example.nhs.uk'] };

describe('settings files', () => {
  it('an exported file imports on another workstation, keeping that workstation’s own name', () => {
    const file = exportSettingsFile(other);
    expect(JSON.parse(file)).toMatchObject({ format: 'nudge-settings', version: SETTINGS_FILE_VERSION });
    expect(file).not.toContain('Room 4');
    const r = parseSettingsFile(file, here);
    expect(r).toEqual({ ok: true, settings: { ...other, workstationName: 'Reception 2' } });
  });

  it('a file from version 1 (practice details only) is upgraded', () => {
    const file = JSON.stringify({ format: 'nudge-settings', version: 1, settings: { ...DEFAULT_PRACTICE, surgeryName: 'Old File Surgery' } });
    const r = parseSettingsFile(file, here);
    expect(r.ok && r.settings).toMatchObject({ surgeryName: 'Old File Surgery', retentionMonths: 24, workstationName: 'Reception 2' });
  });

  it.each([
    ['not JSON', '{ surgeryName: ', /not valid JSON/],
    ['another kind of file', JSON.stringify({ format: 'nudge-log', version: 1, offers: [] }), /not a Nudge settings file/],
    ['no version', JSON.stringify({ format: 'nudge-settings', settings: {} }), /no version number/],
    ['a newer version', JSON.stringify({ format: 'nudge-settings', version: 99, settings: {} }), /newer version of Nudge/],
    ['no settings', JSON.stringify({ format: 'nudge-settings', version: 2 }), /no settings in it/],
    ['an insecure link', JSON.stringify({ format: 'nudge-settings', version: 2, settings: { ...DEFAULT_SETTINGS, websiteUrl: 'http://x.example' } }), /Nothing was imported: one setting in the file is not valid/],
  ])('refuses %s, saying why', (_, text, message) => {
    const r = parseSettingsFile(text, here);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it.each([
    ['__proto__ among the settings', '{"format":"nudge-settings","version":2,"settings":{"__proto__":{"polluted":true},"surgeryName":"Hill Street Surgery"}}'],
    ['__proto__ written with an escape', '{"format":"nudge-settings","version":2,"settings":{"\\u005f_proto__":{"polluted":true}}}'],
    ['constructor.prototype at the top', '{"format":"nudge-settings","version":2,"constructor":{"prototype":{"polluted":true}},"settings":{}}'],
    ['__proto__ in a site profile', `{"format":"nudge-settings","version":2,"settings":{"siteProfiles":[{"origin":"https://a.example.nhs.uk","__proto__":{"polluted":true}}]}}`],
    ['__proto__ in a version 1 file', '{"format":"nudge-settings","version":1,"settings":{"surgeryName":"X","__proto__":{"polluted":true}}}'],
  ])('a hostile file (%s) is refused whole, and no object is polluted', (_, text) => {
    const r = parseSettingsFile(text, here);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/key that is not allowed \(“(__proto__|constructor)”\)\. Nothing was imported\./) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists each bad setting so the user can fix the file', () => {
    const r = parseSettingsFile(JSON.stringify({ format: 'nudge-settings', version: 2, settings: { ...DEFAULT_SETTINGS, websiteUrl: 'x', partLimit: 0 } }), here);
    expect(!r.ok && Object.keys(r.errors ?? {}).sort()).toEqual(['partLimit', 'websiteUrl']);
  });
});
