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
