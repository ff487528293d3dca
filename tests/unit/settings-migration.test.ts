import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/src/settings/version';
import { migrateV1toV2, type SettingsV1 } from '@/src/settings/migrations/v1-to-v2';
import { migrateV2toV3 } from '@/src/settings/migrations/v2-to-v3';
import { migrateV3toV4 } from '@/src/settings/migrations/v3-to-v4';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '@/src/settings/model';
import { DEFAULT_PRACTICE, EXAMPLE_PRACTICE, OWN_PRACTICE_FIELDS } from '@/src/settings/practice';

/**
 * One example of every earlier stored version. Adding a version means adding its example here:
 * the last test fails until every version below the current one has an example.
 */
const EXAMPLES: Record<number, unknown> = {
  1: {
    ...EXAMPLE_PRACTICE,
    surgeryName: 'Hill Street Surgery',
    surgeryPhone: '0161 496 0000',
    onlineFormUrl: 'https://www.hillstreet.example/ask',
    partLimit: 3,
    countingRules: 'notify',
  } satisfies SettingsV1,
  // A workstation that saved its settings without setting the practice up (the fictional defaults).
  2: { ...migrateV1toV2(EXAMPLE_PRACTICE), workstationName: 'Reception 1', retentionMonths: 36 },
  // A workstation set up before NHS App help moved: the old health record help link, results link empty.
  3: {
    ...migrateV2toV3(migrateV1toV2(EXAMPLE_PRACTICE)),
    surgeryName: 'Hill Street Surgery',
    healthRecordUrl: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/',
    testResultsUrl: '',
  },
};

describe('version 1 (practice details only) → version 2 (every setting)', () => {
  it('keeps every practice detail and adds the new settings at their defaults', () => {
    const v2 = migrateV1toV2(EXAMPLES[1] as SettingsV1);
    expect(v2).toMatchObject({ surgeryName: 'Hill Street Surgery', surgeryPhone: '0161 496 0000', partLimit: 3, countingRules: 'notify' });
    expect(v2.onlineFormUrl).toBe('https://www.hillstreet.example/ask');
    expect(v2).toMatchObject({ retentionMonths: 24, defaultRole: 'receptionist', loggingEnabled: true, siteProfiles: [], allowedSites: [], workstationName: '' });
    expect(validateSettings(v2).ok).toBe(true);
  });

  it('an incomplete version 1 value still gives complete settings', () => {
    expect(migrateV1toV2({ surgeryName: 'Only A Name' })).toEqual({ ...DEFAULT_SETTINGS, surgeryName: 'Only A Name' });
    expect(migrateV1toV2(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('runs when the stored item is at version 1 (through storage.defineItem)', async () => {
    await fakeBrowser.storage.local.set({ practice: EXAMPLES[1], practice$: { v: 1 } });
    vi.resetModules();
    const { settingsItem } = await import('@/src/settings/items');
    const value = await settingsItem.getValue();
    expect(value.surgeryName).toBe('Hill Street Surgery');
    expect(value.retentionMonths).toBe(24);
    const stored = await fakeBrowser.storage.local.get(['practice', 'practice$']);
    expect(stored['practice$']).toEqual({ v: SETTINGS_VERSION });
    expect(stored['practice']).toMatchObject({ surgeryName: 'Hill Street Surgery', retentionMonths: 24 });
  });
});

describe('version 2 → version 3 (no fictional surgery)', () => {
  it('the example surgery’s details become “not set yet”; everything else is kept', () => {
    const v3 = migrateV2toV3(EXAMPLES[2] as Settings);
    for (const f of OWN_PRACTICE_FIELDS) expect(v3[f], f).toBe('');
    expect(v3).toMatchObject({ workstationName: 'Reception 1', retentionMonths: 36, nhsAppUrl: EXAMPLE_PRACTICE.nhsAppUrl });
  });

  it('the practice’s own details are kept, and a real surgery with the example’s name keeps it once its website is its own', () => {
    const own = { ...(EXAMPLES[2] as Settings), surgeryName: 'Riverside Surgery', websiteUrl: 'https://www.riversidesurgery.nhs.uk', surgeryPhone: '0161 123 4567' };
    expect(migrateV2toV3(own)).toMatchObject({ surgeryName: 'Riverside Surgery', websiteUrl: 'https://www.riversidesurgery.nhs.uk', surgeryPhone: '0161 123 4567', onlineFormUrl: '' });
    expect(migrateV2toV3({ ...(EXAMPLES[1] as Settings) })).toMatchObject({ surgeryName: 'Hill Street Surgery', onlineFormUrl: 'https://www.hillstreet.example/ask' });
  });
});

describe('version 3 → version 4 (default links that moved)', () => {
  it('an old NHS App help link becomes its new address, and an empty results link takes the NHS App help default', () => {
    const v4 = migrateV3toV4(EXAMPLES[3] as Settings);
    expect(v4.healthRecordUrl).toBe('https://www.nhs.uk/nhs-app/help/health-records-in-the-nhs-app/gp-health-record/');
    expect(v4.testResultsUrl).toBe(DEFAULT_PRACTICE.testResultsUrl);
    expect(v4.surgeryName).toBe('Hill Street Surgery');
  });

  it('keeps a link the practice chose itself', () => {
    const own = { ...(EXAMPLES[3] as Settings), healthRecordUrl: 'https://www.hillstreet.nhs.uk/record', testResultsUrl: 'https://www.hillstreet.nhs.uk/results' };
    expect(migrateV3toV4(own)).toMatchObject({ healthRecordUrl: 'https://www.hillstreet.nhs.uk/record', testResultsUrl: 'https://www.hillstreet.nhs.uk/results' });
  });
});

describe('every earlier version has an example and a step', () => {
  it('each version below the current one has an example, a step, and migrates to valid settings', async () => {
    const { SETTINGS_MIGRATIONS } = await import('@/src/settings/items');
    expect(SETTINGS_VERSION).toBeGreaterThan(1);
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      expect(EXAMPLES[version], `an example of version ${version}`).toBeDefined();
      let value: unknown = EXAMPLES[version];
      for (let step = version + 1; step <= SETTINGS_VERSION; step++) {
        const migrate = SETTINGS_MIGRATIONS[step];
        expect(migrate, `a migration step to version ${step}`).toBeTypeOf('function');
        value = migrate!(value as never);
      }
      expect(validateSettings(value).ok, `version ${version} migrates to valid settings`).toBe(true);
    }
  });
});
