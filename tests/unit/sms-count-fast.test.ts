import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGsmWithLibrary, countSms } from '@/src/sms/count';
import { GSM_CHARACTERS } from '@/src/sms/notify';

const gsm = [...GSM_CHARACTERS];
const mixed = [...gsm, '€', '{', '’', '“', '…', 'ŵ', '😀', '\u00a0', 'é', 'ā'];

describe('the fast path for plain texts counts exactly as the Twilio library', () => {
  it('on texts of GSM characters of every length up to 4 parts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...gsm), { maxLength: 620 }), (chars) => {
        const text = chars.join('');
        expect(countSms(text, 'gsm')).toEqual(countGsmWithLibrary(text));
      }),
      { numRuns: 400 },
    );
  });

  it('on texts mixing extension characters, Unicode and emoji', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...mixed), { maxLength: 340 }), (chars) => {
        const text = chars.join('');
        expect(countSms(text, 'gsm')).toEqual(countGsmWithLibrary(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([159, 160, 161, 306, 307, 459, 460])('at the boundary of %i plain characters', (n) => {
    const text = 'a'.repeat(n);
    expect(countSms(text)).toEqual(countGsmWithLibrary(text));
  });
});
