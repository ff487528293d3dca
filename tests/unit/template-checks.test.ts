import { describe, expect, it } from 'vitest';
import { checkTemplate, TYPICAL_FIRST_NAME, type CheckOptions } from '@/src/templates/checks';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';

const opts: CheckOptions = { surgeryName: 'Riverside Surgery', partLimit: 2, rules: 'gsm' };
const GOOD = 'Hello ((first_name|there)), this is ((surgery_name)). Order repeat prescriptions in the NHS App: ((nhs_app_url))';

function found(body: string, o: CheckOptions = opts) {
  return checkTemplate(body, o).filter((c) => c.id !== 'length');
}
const ids = (body: string, o: CheckOptions = opts) => found(body, o).map((c) => `${c.level}:${c.id}`);

describe('content checks in the template editor', () => {
  it('a well-written text passes every check, with only a note of its length', () => {
    expect(found(GOOD)).toEqual([]);
    const length = checkTemplate(GOOD, opts).find((c) => c.id === 'length')!;
    expect(length.level).toBe('info');
    expect(length.message).toMatch(/^With typical details: \d+ characters · 1 text message part · GSM \(standard\)\.$/);
  });

  it.each<[string, string, string[]]>([
    ['an empty text', '   ', ['error:empty']],
    ['an unknown placeholder', GOOD + ' ((nhs_ap_url))', ['error:unknown-placeholder']],
    ['a placeholder missing a bracket', GOOD + ' ((surgery_phone)', ['error:broken-placeholder']],
    ['no link at all', 'Hello, this is ((surgery_name)). You can still phone or come in.', ['warning:no-link']],
    ['a bare domain', 'This is ((surgery_name)). Get the NHS App at nhs.uk/nhsapp', ['warning:link-not-full']],
    ['a www address without https', 'This is ((surgery_name)). See www.learnmyway.com for help.', ['warning:link-not-full']],
    ['an http link', 'This is ((surgery_name)). See http://www.example.org/help', ['warning:link-not-secure']],
    ['"click here"', 'This is ((surgery_name)). Click here: ((nhs_app_url))', ['warning:click-here']],
    ['"tap on this link"', 'This is ((surgery_name)). Tap on this link ((nhs_app_url))', ['warning:click-here']],
    ['"online consultation"', 'This is ((surgery_name)). Use our online consultation: ((online_form_url))', ['warning:online-consultation']],
    ['"eConsultation"', 'This is ((surgery_name)). Send an eConsultation: ((online_form_url))', ['warning:online-consultation']],
    ['no surgery named', 'Get the NHS App: ((nhs_app_url))', ['warning:surgery-not-named']],
    ['a curly apostrophe under GSM rules', 'It’s ((surgery_name)). Get the NHS App: ((nhs_app_url))', ['warning:unicode']],
    ['an emoji under Notify rules', 'This is ((surgery_name)) 😀 ((nhs_app_url))', ['warning:arrives-as-question-mark']],
    ['"SMS" and "medical record"', 'This is ((surgery_name)). This SMS is about your medical record: ((health_record_url))', ['info:wording', 'info:wording']],
    ['"practice" and "clinician"', 'This is ((surgery_name)). A clinician at our practice will call: ((online_form_url))', ['info:wording', 'info:wording']],
  ])('flags %s', (_label, body, expected) => {
    const o = body.includes('😀') ? { ...opts, rules: 'notify' as const } : opts;
    expect(ids(body, o)).toEqual(expected);
  });

  it('an unknown placeholder is an error that names it; everything else is guidance', () => {
    const checks = checkTemplate('Click here ((nhs_ap_url))', opts);
    const errors = checks.filter((c) => c.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('((nhs_ap_url))');
    expect(checks.filter((c) => c.level === 'warning').map((c) => c.id)).toEqual(
      expect.arrayContaining(['click-here', 'surgery-not-named']),
    );
  });

  it('accepts the surgery named in words instead of the placeholder', () => {
    expect(ids('Riverside Surgery here. Get the NHS App: ((nhs_app_url))')).toEqual([]);
    expect(ids('riverside surgery here. Get the NHS App: ((nhs_app_url))')).toEqual([]);
    expect(ids('Get the NHS App: ((nhs_app_url))', { ...opts, surgeryName: undefined })).toEqual(['warning:surgery-not-named']);
  });

  it('judges length after filling placeholders with typical values, against the part limit', () => {
    const body = `Hello ((first_name)), this is ((surgery_name)). ${'word '.repeat(22)}((nhs_app_url))`;
    // "Hello " 6 + name 10 + ", this is " 10 + surgery 17 + ". " 2 + words 110 + link 27 = 182: two parts
    expect(TYPICAL_FIRST_NAME).toHaveLength(10);
    expect(ids(body, { ...opts, partLimit: 1 })).toEqual(['warning:too-long']);
    expect(ids(body, { ...opts, partLimit: 2 })).toEqual([]);
    expect(checkTemplate(body, opts).find((c) => c.id === 'length')!.message).toContain('182 characters · 2 text message parts');
  });

  it('uses the practice’s own values when given them', () => {
    const body = 'This is ((surgery_name)). Contact us: ((online_form_url))';
    expect(ids(body, { ...opts, values: { online_form_url: 'riverside.example.nhs.uk/contact' } })).toEqual(['warning:link-not-full']);
  });

  it('finds nothing to fix in the default pack apart from texts that are meant to have no link', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const problems = found(t.body).filter((c) => c.level !== 'info' && !(c.id === 'no-link' && t.purpose && t.purpose !== 'offer'));
      expect(problems, t.id).toEqual([]);
    }
  });
});
