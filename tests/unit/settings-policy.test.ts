import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/model';
import { mergeSettings, POLICY_KEYS, readPolicy } from '@/src/settings/policy';

const local: Settings = { ...DEFAULT_SETTINGS, surgeryName: 'Local Name', workstationName: 'Reception 1', retentionMonths: 12, trainingMode: true };

describe('policy values win over local ones and are locked', () => {
  it.each<[string, Partial<Settings>, Partial<Settings>, string[]]>([
    ['no policy: local values, nothing locked', {}, { surgeryName: 'Local Name', retentionMonths: 12 }, []],
    ['policy sets the name', { surgeryName: 'Policy Surgery' }, { surgeryName: 'Policy Surgery', retentionMonths: 12 }, ['surgeryName']],
    ['policy sets retention and role', { retentionMonths: 36, defaultRole: 'clinician' }, { retentionMonths: 36, defaultRole: 'clinician' }, ['defaultRole', 'retentionMonths']],
    ['policy forbids training mode: it is switched off and locked', { trainingModeAllowed: false }, { trainingModeAllowed: false, trainingMode: false }, ['trainingMode', 'trainingModeAllowed']],
    ['policy allows training mode: the local switch stays', { trainingModeAllowed: true }, { trainingMode: true }, ['trainingModeAllowed']],
    ['policy turns logging off', { loggingEnabled: false }, { loggingEnabled: false }, ['loggingEnabled']],
  ])('%s', (_, policy, expected, locked) => {
    const m = mergeSettings(local, policy);
    expect(m.settings).toMatchObject(expected);
    expect([...m.locked].sort()).toEqual(locked);
    expect(m.settings.workstationName).toBe('Reception 1');
  });

  it('does not change the local settings it was given', () => {
    mergeSettings(local, { surgeryName: 'Policy Surgery' });
    expect(local.surgeryName).toBe('Local Name');
  });
});

describe('reading the managed policy', () => {
  it('checks each value: good ones are used, bad ones ignored with a reason', () => {
    const p = readPolicy({
      surgeryName: 'Policy Surgery',
      websiteUrl: 'http://insecure.example',
      partLimit: 50,
      allowedSites: ['https://clinical.example.nhs.uk'],
      somethingElse: 1,
    });
    expect(p.values).toEqual({ surgeryName: 'Policy Surgery', allowedSites: ['https://clinical.example.nhs.uk'] });
    expect(p.problems).toHaveLength(3);
    expect(p.problems.join('\n')).toMatch(/websiteUrl was ignored: Enter the surgery website as a full link/);
    expect(p.problems.join('\n')).toMatch(/somethingElse is not a Nudge setting/);
  });

  it('never takes the workstation name from the policy', () => {
    expect(POLICY_KEYS).not.toContain('workstationName');
    expect(readPolicy({ workstationName: 'All the same' }).values).toEqual({});
  });

  it.each([null, undefined, 'x', [1, 2]])('no usable policy (%j) means no policy', (raw) => {
    expect(readPolicy(raw)).toEqual({ values: {}, templates: null, problems: [] });
  });

  it('takes an inline template pack, with English as the default language', () => {
    const p = readPolicy({ templates: [{ id: 'flu-clinic', service: 'online-requests', title: 'Flu clinic', body: 'Book at ((appointments_url))' }] });
    expect(p.templates).toEqual([{ id: 'flu-clinic', service: 'online-requests', title: 'Flu clinic', body: 'Book at ((appointments_url))', language: 'en', length: 'full' }]);
  });

  it('ignores a template pack with a bad entry, whole', () => {
    const p = readPolicy({ templates: [{ id: 'ok', service: 'nhs-app', title: 'A', body: 'B' }, { id: 'bad', service: 'astrology', title: 'A', body: 'B' }] });
    expect(p.templates).toBeNull();
    expect(p.problems[0]).toMatch(/templates were ignored/);
  });
});

describe('the settings in force follow the policy live', () => {
  it('loads local settings with the policy merged over them', async () => {
    vi.resetModules();
    const { settingsItem } = await import('@/src/settings/items');
    const { loadEffectiveSettings } = await import('@/src/settings/effective');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, surgeryName: 'Local Name', retentionMonths: 6 });
    await fakeBrowser.storage.managed.set({ retentionMonths: 60 });
    const e = await loadEffectiveSettings();
    expect(e.settings).toMatchObject({ surgeryName: 'Local Name', retentionMonths: 60 });
    expect(e.locked).toEqual(['retentionMonths']);
  });

  it('a policy change reaches a watcher without reloading, and so does a local save', async () => {
    vi.resetModules();
    const { watchEffectiveSettings, saveLocalSettings } = await import('@/src/settings/effective');
    const seen: string[] = [];
    let resolveNext: () => void = () => {};
    const stop = watchEffectiveSettings((e) => {
      seen.push(`${e.settings.surgeryName}|${e.locked.join(',')}`);
      resolveNext();
    });
    const next = () => new Promise<void>((r) => (resolveNext = r));

    let waiting = next();
    await fakeBrowser.storage.managed.set({ surgeryName: 'Policy Surgery' });
    await waiting;
    expect(seen.at(-1)).toBe('Policy Surgery|surgeryName');

    waiting = next();
    await fakeBrowser.storage.managed.remove('surgeryName');
    await waiting;
    expect(seen.at(-1)).toBe('|');

    waiting = next();
    expect(await saveLocalSettings({ ...DEFAULT_SETTINGS, surgeryName: 'Saved Here' })).toEqual({ ok: true });
    await waiting;
    expect(seen.at(-1)).toBe('Saved Here|');
    stop();
  });

  it('saving never writes a locked value or an invalid one', async () => {
    vi.resetModules();
    const { settingsItem } = await import('@/src/settings/items');
    const { saveLocalSettings } = await import('@/src/settings/effective');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, surgeryName: 'Mine' });
    expect(await saveLocalSettings({ ...DEFAULT_SETTINGS, surgeryName: 'From Policy', workstationName: 'Desk 2' }, ['surgeryName'])).toEqual({ ok: true });
    expect(await settingsItem.getValue()).toMatchObject({ surgeryName: 'Mine', workstationName: 'Desk 2' });

    const r = await saveLocalSettings({ ...DEFAULT_SETTINGS, websiteUrl: 'nope' });
    expect(r.ok).toBe(false);
    expect(await settingsItem.getValue()).toMatchObject({ workstationName: 'Desk 2', websiteUrl: DEFAULT_SETTINGS.websiteUrl });
  });
});
