/** The panel's preferences alone (src/ui/panel/prefs.ts). */
import { describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/model';
import { createPrefs } from '@/src/ui/panel/prefs';

const make = (s: Partial<Settings> = {}, save = vi.fn(async () => {})) => {
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS, ...s });
  return { p: createPrefs({ settings, workstation: 'ws-1', save }), settings, save };
};

describe('the panel’s preferences', () => {
  it('the setting follows the role until changed, and each choice is saved', () => {
    const { p, save } = make();
    expect([p.role.value, p.setting.value]).toEqual(['receptionist', 'phone']);
    p.setRole('clinician');
    expect(p.setting.value).toBe('consultation');
    p.setSetting('front-desk');
    expect(p.setting.value).toBe('front-desk');
    p.setRole('receptionist');
    expect(p.setting.value).toBe('phone');
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('training follows the practice: allowed, forbidden, forced', () => {
    const { p, settings } = make();
    p.setTraining(true);
    expect(p.training.value).toBe(true);
    settings.value = { ...settings.value, trainingModeAllowed: false };
    expect(p.training.value).toBe(false);
    settings.value = { ...settings.value, trainingMode: true };
    expect([p.training.value, p.trainingForced.value]).toEqual([true, true]);
  });

  it('preferences changed elsewhere (role play turning training on from the dashboard) apply at once and are not saved back', () => {
    const { p, save } = make();
    p.setRole('clinician');
    save.mockClear();
    p.replace({ role: 'clinician', setting: null, training: true, recent: {} });
    expect(p.training.value).toBe(true);
    expect(p.role.value).toBe('clinician');
    p.replace(null);
    expect([p.training.value, p.role.value]).toEqual([false, 'receptionist']);
    expect(save).not.toHaveBeenCalled();
  });

  it('texts used go first in the role’s recent list', () => {
    const { p } = make();
    p.usedText('a');
    p.usedText('b');
    p.usedText('a');
    expect(p.recent.value).toEqual(['a', 'b']);
    p.setRole('clinician');
    expect(p.recent.value).toEqual([]);
  });

  it('a choice that cannot be saved still applies, and the panel is told', async () => {
    const failed = vi.fn();
    const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
    const p = createPrefs({ settings, workstation: 'ws', save: () => Promise.reject(new Error('quota')), onSaveError: failed });
    p.setRole('clinician');
    await new Promise((r) => setTimeout(r, 0));
    expect(p.role.value).toBe('clinician');
    expect(failed).toHaveBeenCalled();
  });
});
