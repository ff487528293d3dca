import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseMessage, nameCharacter, SAFE_FIXES, summarise } from '@/src/sms/analyse';
import { countSms } from '@/src/sms/count';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('analysing a text before it is sent', () => {
  it('a short plain text has no warnings and no fixes', () => {
    const a = analyseMessage('Hello from Riverside Surgery. Order repeat prescriptions at https://www.nhs.uk/nhs-app/', { rules: 'gsm', partLimit: 2 });
    expect(a).toMatchObject({ encoding: 'gsm7', fragments: 1, rules: 'gsm', partLimit: 2, warnings: [], fixes: [] });
  });

  it.each([
    [1, 161, true],
    [2, 306, false],
    [2, 307, true],
    [3, 307, false],
  ])('with a limit of %i part(s), %i characters over the limit warns: %s', (limit, n, warns) => {
    const a = analyseMessage('a'.repeat(n), { rules: 'gsm', partLimit: limit });
    expect(ids(a.warnings).includes('over-part-limit')).toBe(warns);
    if (warns) expect(a.warnings[0]!.message).toMatch(/limit is \d part/);
  });

  it('names the characters that switch the text to Unicode under GSM rules, and offers fixes for them', () => {
    const a = analyseMessage('It’s “ready” – see you…\u00a0soon', { rules: 'gsm', partLimit: 2 });
    const ucs2 = a.warnings.find((w) => w.id === 'ucs2')!;
    expect(ucs2.characters!.map((c) => c.char)).toEqual(['’', '“', '”', '–', '…', '\u00a0']);
    expect(ucs2.message).toContain('’ (curly apostrophe)');
    expect(ucs2.message).toContain('non-breaking space');
    expect(ids(a.fixes)).toEqual(['straight-quotes', 'plain-dashes', 'ellipsis', 'plain-spaces']);
  });

  it('applying every offered fix brings a text back to GSM without changing its words', () => {
    let text = 'It’s “ready” – see you…\u00a0soon\u200b';
    const before = analyseMessage(text, { rules: 'gsm', partLimit: 2 });
    for (const f of before.fixes) text = f.apply(text);
    expect(text).toBe('It\'s "ready" - see you... soon');
    const after = analyseMessage(text, { rules: 'gsm', partLimit: 2 });
    expect(after.encoding).toBe('gsm7');
    expect(after.warnings).toEqual([]);
    expect(after.fixes).toEqual([]);
  });

  it('has no fix for an emoji or an accented name (that would change the message)', () => {
    const a = analyseMessage('Hi Zoë 😀', { rules: 'gsm', partLimit: 2 });
    expect(ids(a.warnings)).toEqual(['ucs2']);
    expect(a.fixes).toEqual([]);
    expect(a.warnings[0]!.message).toContain('😀 (emoji)');
  });

  it('under Notify rules, curly quotes are no problem (Notify straightens them) but an emoji arrives as "?"', () => {
    const a = analyseMessage('It’s ready 😀', { rules: 'notify', partLimit: 2 });
    expect(a.encoding).toBe('gsm7');
    expect(ids(a.warnings)).toEqual(['arrives-as-question-mark']);
    expect(a.warnings[0]!.characters!.map((c) => c.char)).toEqual(['😀']);
    expect(ids(a.fixes)).toEqual(['straight-quotes']);
  });

  it('under Notify rules, Welsh ŵ keeps the text in Unicode and says so', () => {
    const a = analyseMessage('Croeso, ŵyr', { rules: 'notify', partLimit: 2 });
    expect(a.encoding).toBe('ucs2');
    expect(a.warnings.map((w) => w.id)).toEqual(['ucs2']);
    expect(a.warnings[0]!.message).toContain('ŵ');
  });

  it('warns when Notify would refuse the text as too long', () => {
    const a = analyseMessage('a'.repeat(919), { rules: 'notify', partLimit: 10 });
    expect(ids(a.warnings)).toEqual(['too-long-for-notify']);
    expect(analyseMessage('a'.repeat(918), { rules: 'notify', partLimit: 10 }).warnings).toEqual([]);
  });

  it('names invisible characters without showing them bare', () => {
    expect(nameCharacter('\u200b').label).toBe('zero-width space');
    expect(nameCharacter('\u2003').label).toBe('invisible character U+2003');
    expect(nameCharacter('Ж').label).toBe('Ж (U+0416)');
  });

  it('summarises the count in words', () => {
    expect(summarise({ characters: 146, fragments: 1, rules: 'gsm' })).toBe('146 characters · 1 text message part · GSM (standard)');
    expect(summarise({ characters: 1, fragments: 2, rules: 'notify' })).toBe('1 character · 2 text message parts · GOV.UK Notify');
  });
});

describe('properties of the safe fixes', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 200 });
  it('each fix is idempotent and never makes a text longer in parts under GSM rules', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of SAFE_FIXES) {
          const once = f.apply(t);
          expect(f.apply(once)).toBe(once);
          if (f.id !== 'ellipsis') expect(countSms(once).fragments).toBeLessThanOrEqual(countSms(t).fragments);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a fix leaves letters and digits exactly as they were', () => {
    fc.assert(
      fc.property(text, (t) => {
        const words = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
        for (const f of SAFE_FIXES) expect(words(f.apply(t))).toBe(words(t));
      }),
      { numRuns: 200 },
    );
  });
});
