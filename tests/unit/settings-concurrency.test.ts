/** Settings changed in two dashboard tabs at once: each keeps its change (issue 13, item 5). */
import { describe, expect, it } from 'vitest';
import { changedSettings, saveSettingsChanges } from '@/src/settings/effective';
import { loadLocalSettings } from '@/src/settings/items';
import { DEFAULT_SETTINGS } from '@/src/settings/model';

describe('settings saved from several tabs', () => {
  it('two tabs changing different settings at the same moment both keep their change', async () => {
    const [a, b] = await Promise.all([
      saveSettingsChanges({ surgeryName: 'Castle Mead Medical Centre' }),
      saveSettingsChanges({ surgeryPhone: '01632 961234' }),
    ]);
    expect([a, b]).toEqual([{ ok: true }, { ok: true }]);
    expect(await loadLocalSettings()).toMatchObject({ surgeryName: 'Castle Mead Medical Centre', surgeryPhone: '01632 961234' });
  });

  it('saves only what the form changed, never a stale copy of the rest', () => {
    const base = { ...DEFAULT_SETTINGS, surgeryName: 'Old name' } as Record<string, unknown>;
    const form = { ...base, surgeryPhone: '01632 961234' };
    expect(changedSettings(base, form)).toEqual({ surgeryPhone: '01632 961234' });
  });

  it('a locked setting or an invalid change writes nothing', async () => {
    await saveSettingsChanges({ surgeryName: 'Kept' });
    expect(await saveSettingsChanges({ surgeryName: 'From the policy' }, ['surgeryName'])).toEqual({ ok: true });
    expect((await loadLocalSettings()).surgeryName).toBe('Kept');
    const bad = await saveSettingsChanges({ websiteUrl: 'not a link', surgeryName: 'Other' });
    expect(bad.ok).toBe(false);
    expect((await loadLocalSettings()).surgeryName).toBe('Kept');
  });
});
