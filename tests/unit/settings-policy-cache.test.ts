import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('opening the panel just after the browser starts', () => {
  it('with no policy ever read, gives local settings at once marked “policy not read”, then the policy (defaults never stand in for it)', async () => {
    vi.resetModules();
    const { loadEffectiveSettingsQuickly } = await import('@/src/settings/effective');
    await fakeBrowser.storage.managed.set({ surgeryName: 'Policy Surgery' });
    const { now, policyRead, fresh } = await loadEffectiveSettingsQuickly();
    expect(policyRead).toBe(false);
    expect(now.locked).toEqual([]);
    const read = await fresh;
    expect(read.settings.surgeryName).toBe('Policy Surgery');
    expect(read.locked).toContain('surgeryName');
  });

  it('uses the policy as last read at once, then the browser’s fresh answer', async () => {
    vi.resetModules();
    const { loadEffectiveSettingsQuickly, loadEffectiveSettings } = await import('@/src/settings/effective');
    await fakeBrowser.storage.managed.set({ surgeryName: 'Old Policy Surgery' });
    await loadEffectiveSettings(); // read once: remembered
    await fakeBrowser.storage.managed.set({ surgeryName: 'New Policy Surgery' });
    // The browser's policy service is slow to answer just after start.
    const get = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let answer: () => void = () => {};
    const slow = new Promise<void>((r) => (answer = r));
    fakeBrowser.storage.managed.get = (async (...args: Parameters<typeof get>) => {
      await slow;
      return get(...args);
    }) as typeof fakeBrowser.storage.managed.get;
    const { now, fresh, policyRead } = await loadEffectiveSettingsQuickly();
    expect(policyRead).toBe(true);
    expect(now.settings.surgeryName).toBe('Old Policy Surgery');
    answer();
    expect((await fresh).settings.surgeryName).toBe('New Policy Surgery');
    fakeBrowser.storage.managed.get = get;
  });

  it('remembers that there is no policy, so a workstation without one opens at once too', async () => {
    vi.resetModules();
    const { loadEffectiveSettings } = await import('@/src/settings/effective');
    const { policyCacheItem } = await import('@/src/settings/items');
    await loadEffectiveSettings();
    expect(await policyCacheItem.getValue()).toEqual({});
  });
});

describe('settings changed while the panel is open', () => {
  /** Make the browser's policy answer wait until the returned function is called (as just after a browser start). */
  function slowPolicy(): { answer: () => void; restore: () => void } {
    const get = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let answer: () => void = () => {};
    const slow = new Promise<void>((r) => (answer = r));
    fakeBrowser.storage.managed.get = (async (...args: Parameters<typeof get>) => {
      await slow;
      return get(...args);
    }) as typeof fakeBrowser.storage.managed.get;
    return { answer, restore: () => (fakeBrowser.storage.managed.get = get) };
  }
  const tick = () => new Promise((r) => setTimeout(r, 20));

  it('a change saved before the first policy read answers is kept: the slower, older read never overwrites it', async () => {
    fakeBrowser.reset();
    vi.resetModules();
    const { loadEffectiveSettingsQuickly, followEffectiveSettings, saveLocalSettings } = await import('@/src/settings/effective');
    const { DEFAULT_SETTINGS } = await import('@/src/settings/model');
    await saveLocalSettings({ ...DEFAULT_SETTINGS, surgeryName: 'Old Name Surgery' });
    const policy = slowPolicy();
    const { fresh } = await loadEffectiveSettingsQuickly();
    const seen: string[] = [];
    const { stop, read } = followEffectiveSettings(fresh, (e) => seen.push(e.settings.surgeryName));
    policy.restore(); // the change's own read is quick
    await saveLocalSettings({ ...DEFAULT_SETTINGS, surgeryName: 'New Name Surgery' });
    await tick();
    policy.answer(); // the first read, started before the change, answers last
    await read;
    await tick();
    expect(seen.at(-1)).toBe('New Name Surgery');
    expect(seen).not.toContain('Old Name Surgery');
    stop();
  });

  it('two quick changes: the second is in force even when the first one’s read answers last', async () => {
    fakeBrowser.reset();
    vi.resetModules();
    const { watchEffectiveSettings, saveLocalSettings } = await import('@/src/settings/effective');
    const { DEFAULT_SETTINGS } = await import('@/src/settings/model');
    const seen: string[] = [];
    const stop = watchEffectiveSettings((e) => seen.push(e.settings.surgeryName));
    const policy = slowPolicy();
    await saveLocalSettings({ ...DEFAULT_SETTINGS, surgeryName: 'First Change Surgery' });
    await tick();
    policy.restore();
    await saveLocalSettings({ ...DEFAULT_SETTINGS, surgeryName: 'Second Change Surgery' });
    await tick();
    policy.answer();
    await tick();
    expect(seen).toEqual(['Second Change Surgery']);
    stop();
  });
});
