import { describe, expect, it } from 'vitest';
import { practiceValues, render } from '@/src/templates/render';
import { EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';

describe('rendering placeholders', () => {
  it('fills values and reports when patient data is used', () => {
    const r = render('Hello ((first_name)), this is ((surgery_name)).', { first_name: 'Jane', surgery_name: 'Riverside Surgery' });
    expect(r).toEqual({ text: 'Hello Jane, this is Riverside Surgery.', missing: [], unknown: [], usesPatient: true });
  });

  it('uses the fallback wording when there is no value', () => {
    const r = render('Hello ((first_name|there)).', {});
    expect(r.text).toBe('Hello there.');
    expect(r.missing).toEqual([]);
    expect(r.usesPatient).toBe(false);
  });

  it('never blanks a placeholder with no value and no wording: it is reported as missing', () => {
    const r = render('Call ((surgery_phone)) today', { surgery_phone: '  ' });
    expect(r.missing).toEqual(['surgery_phone']);
    expect(r.text).toContain('((surgery_phone))');
  });

  it('reports unknown placeholders', () => {
    const r = render('See ((nhs_ap_url))', {});
    expect(r.unknown).toEqual(['nhs_ap_url']);
  });

  it('is case and space tolerant in names, like Notify', () => {
    expect(render('((Surgery_Name ))', { surgery_name: 'X' }).text).toBe('X');
  });

  it('renders every default template fully from the default practice settings', () => {
    // ((condition_url)) has no setting: the panel asks for it at each send (the fill dialog).
    const perSend = { condition_url: 'https://www.nhs.uk/conditions/asthma/' };
    for (const t of DEFAULT_TEMPLATES) {
      expect(render(t.body, practiceValues(EXAMPLE_PRACTICE)).missing.filter((m) => m !== 'condition_url'), t.id).toEqual([]);
      const r = render(t.body, { ...practiceValues(EXAMPLE_PRACTICE), ...perSend });
      expect(r.missing, t.id).toEqual([]);
      expect(r.unknown, t.id).toEqual([]);
      expect(r.text, t.id).not.toMatch(/\(\(|\)\)/);
      expect(r.text, t.id).toContain('Riverside Surgery');
      expect(r.text.toLowerCase(), t.id).not.toContain('click here');
    }
  });
});
