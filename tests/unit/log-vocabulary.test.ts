/** The log's vocabulary is defined once, and every value has its words (issue 14, item 5). */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import * as vocab from '@/src/log/vocabulary';
import { OfferSchema } from '@/src/log/exchange';

const LISTS = {
  ROLES: [vocab.ROLES, [vocab.ROLE_CATEGORY_LABELS, vocab.ROLE_CHOICE_LABELS]],
  SETTINGS: [vocab.SETTINGS, [vocab.SETTING_CATEGORY_LABELS, vocab.SETTING_CHOICE_LABELS]],
  OUTCOMES: [vocab.OUTCOMES, [vocab.OUTCOME_LABELS]],
  CHANNELS: [vocab.CHANNELS, [vocab.CHANNEL_LABELS]],
} as const;

describe('the log’s vocabulary', () => {
  it.each(Object.entries(LISTS))('every value of %s has a label in every label set, and no label is left over', (_name, [values, labelSets]) => {
    for (const labels of labelSets) {
      const missing = values.filter((x) => typeof (labels as Record<string, string>)[x] !== 'string' || !(labels as Record<string, string>)[x]!.trim());
      expect(missing, 'values with no label').toEqual([]);
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
    }
  });

  it('labels are words, not codes, and no two values of one list share a label', () => {
    for (const [values, labelSets] of Object.values(LISTS)) {
      for (const labels of labelSets) {
        const words = values.map((x) => (labels as Record<string, string>)[x]!);
        expect(new Set(words).size).toBe(words.length);
        for (const w of words) expect(w).toMatch(/^[A-Z]/);
      }
    }
  });

  it('the two role and setting label sets are named for their purpose and differ where staff and managers use different words', () => {
    expect(vocab.roleCategoryLabel('receptionist')).toBe('Reception');
    expect(vocab.ROLE_CHOICE_LABELS.receptionist).toBe('Receptionist');
    expect(vocab.settingCategoryLabel('phone')).toBe('Phone call');
    expect(vocab.SETTING_CHOICE_LABELS.phone).toBe('On the phone');
  });

  it('a code this version does not know (an imported row) is shown as it is, never as another value’s label', () => {
    expect(vocab.outcomeLabel('callback-booked')).toBe('callback-booked');
    expect(vocab.outcomeLabel('__proto__')).toBe('__proto__');
    expect(vocab.outcomeInSentence('already-uses')).toBe('already uses it');
  });

  it('the backup file accepts exactly the vocabulary’s values', () => {
    const entries = OfferSchema.entries;
    const options = (s: unknown) => (s as v.PicklistSchema<readonly string[], undefined>).options;
    expect(options(entries.outcome)).toEqual([...vocab.OUTCOMES]);
    expect(options(entries.role)).toEqual([...vocab.ROLES]);
    expect(options(entries.setting)).toEqual([...vocab.SETTINGS]);
    expect(options(entries.channel)).toEqual([...vocab.CHANNELS]);
    expect(options(entries.via)).toEqual([...vocab.VIAS]);
  });

  it('each setting a role starts in is one of the settings', () => {
    for (const r of vocab.ROLES) expect(vocab.SETTINGS).toContain(vocab.settingForRole(r));
  });
});
