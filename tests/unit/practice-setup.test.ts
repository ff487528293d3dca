import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';
import { DEFAULT_PRACTICE, EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { detailsBlocking, detailsNotSetUp, isDramaNumber, isExampleLink, practiceFieldsUsed, problemWith, withExampleGaps } from '@/src/settings/setup';
import { SET_UP_PRACTICE } from './practice-fixture';

describe('which practice details may reach a patient', () => {
  it.each([
    ['https://www.riverside-surgery.example/contact-us', true],
    ['https://example.com/x', true],
    ['https://www.example.org', true],
    ['https://surgery.test/', true],
    ['https://thing.invalid', true],
    ['https://www.castlemeadmedicalcentre.nhs.uk', false],
    ['https://www.nhs.uk/nhs-app/', false],
    ['https://example.nhs.uk/form', false],
    ['https://www.myexample.com', false],
  ])('%s is an example link: %s', (url, example) => {
    expect(isExampleLink(url)).toBe(example);
  });

  it.each([
    ['01632 960123', true],
    ['+44 1632 960999', true],
    ['0161 496 0000', true],
    ['020 7946 0123', true],
    ['07700 900123', true],
    ['01632 961234', false],
    ['0161 123 4567', false],
  ])('%s is a drama number: %s', (phone, drama) => {
    expect(isDramaNumber(phone)).toBe(drama);
  });

  it('empty, example and own values', () => {
    expect(problemWith('surgeryName', '')).toBe('not-set');
    expect(problemWith('surgeryName', '  ')).toBe('not-set');
    expect(problemWith('surgeryName', 'Riverside Surgery')).toBe('example');
    expect(problemWith('surgeryName', 'Castle Mead Medical Centre')).toBeNull();
    expect(problemWith('surgeryPhone', '01632 960123')).toBe('example');
    expect(problemWith('onlineFormUrl', 'https://www.riverside-surgery.example/contact-us')).toBe('example');
    expect(problemWith('nhsAppUrl', 'https://www.nhs.uk/nhs-app/')).toBeNull();
  });
});

describe('what a text needs before it can go', () => {
  const body = 'Hello ((first_name|there)), this is ((surgery_name)). Call ((SURGERY_PHONE)) or see ((nhs_app_url)) or ((online_form_url|our website)).';

  it('lists the practice details a text uses, once each, in order (patient values are not practice details)', () => {
    expect(practiceFieldsUsed(body)).toEqual(['surgeryName', 'surgeryPhone', 'nhsAppUrl', 'onlineFormUrl']);
  });

  it('a fresh install blocks every default text that names the surgery; a set-up practice blocks none', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(detailsBlocking(t.body, SET_UP_PRACTICE), t.id).toEqual([]);
      if (t.body.includes('((surgery_name))')) expect(detailsBlocking(t.body, DEFAULT_PRACTICE), t.id).toContain('surgeryName');
      expect(detailsBlocking(t.body, EXAMPLE_PRACTICE).length, `${t.id} with the example surgery`).toBeGreaterThan(0);
    }
  });

  it('a fresh install needs every one of the practice’s own details; a set-up one needs none', () => {
    expect(detailsNotSetUp(DEFAULT_PRACTICE)).toEqual(expect.arrayContaining(['surgeryName', 'surgeryPhone', 'websiteUrl', 'onlineFormUrl']));
    expect(detailsNotSetUp(DEFAULT_PRACTICE)).not.toContain('nhsAppUrl');
    expect(detailsNotSetUp(SET_UP_PRACTICE)).toEqual([]);
  });

  it('training fills only the gaps with the example surgery', () => {
    const half = { ...DEFAULT_PRACTICE, surgeryName: 'Castle Mead Medical Centre' };
    const t = withExampleGaps(half);
    expect(t.surgeryName).toBe('Castle Mead Medical Centre');
    expect(t.surgeryPhone).toBe(EXAMPLE_PRACTICE.surgeryPhone);
    expect(t.onlineFormUrl).toBe(EXAMPLE_PRACTICE.onlineFormUrl);
  });
});
