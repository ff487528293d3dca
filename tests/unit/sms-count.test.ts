import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countSms } from '@/src/sms/count';
import {
  GSM_CHARACTERS,
  GSM_EXTENSION,
  NOTIFY_MAX_CHARACTERS,
  WELSH_DIACRITICS,
  cleanForNotify,
  isTooLongForNotify,
  notifyLength,
  notifyUnsupported,
} from '@/src/sms/notify';

const a = (n: number) => 'a'.repeat(n);
const w = (n: number) => 'ŵ'.repeat(n);
type Row = [label: string, text: string, encoding: 'gsm7' | 'ucs2', characters: number, fragments: number];

describe('counting under standard GSM 03.38 (most gateways)', () => {
  // Worked out by hand: 160 septets in one message, 153 per part once split (6-byte header);
  // 70 UTF-16 units in one UCS-2 message, 67 per part. A character is never split across parts.
  const rows: Row[] = [
    ['empty text sends nothing', '', 'gsm7', 0, 0],
    ['one space is a message', ' ', 'gsm7', 1, 1],
    ['160 letters fit one message', a(160), 'gsm7', 160, 1],
    ['161 letters need two parts', a(161), 'gsm7', 161, 2],
    ['306 letters fill two parts of 153', a(306), 'gsm7', 306, 2],
    ['307 letters need a third part', a(307), 'gsm7', 307, 3],
    ['€ takes two places: 158 + € = 160', a(158) + '€', 'gsm7', 160, 1],
    ['159 + € = 161 septets: two parts', a(159) + '€', 'gsm7', 161, 2],
    ['every extension character takes two', '^{}\\[~]|€', 'gsm7', 18, 1],
    ['an extension character is not split at the 153 boundary', a(152) + '€' + a(152), 'gsm7', 306, 3],
    ['a pound sign and é are in the GSM alphabet', '£5 café', 'gsm7', 7, 1],
    ['line breaks count as one each', 'a\nb\r\nc', 'gsm7', 6, 1],
    ['70 Welsh ŵ fit one UCS-2 message', w(70), 'ucs2', 70, 1],
    ['71 ŵ need two parts', w(71), 'ucs2', 71, 2],
    ['134 ŵ fill two parts of 67', w(134), 'ucs2', 134, 2],
    ['135 ŵ need a third part', w(135), 'ucs2', 135, 3],
    ['a curly apostrophe switches the whole text to UCS-2', 'It’s', 'ucs2', 4, 1],
    ['an emoji takes two UTF-16 units', 'Hi 😀', 'ucs2', 5, 1],
    ['68 letters and an emoji: 70 units in one message', a(68) + '😀', 'ucs2', 70, 1],
    ['an emoji is not split at the 67 boundary', a(66) + '😀' + a(5), 'ucs2', 73, 2],
    ['extension characters take one unit in UCS-2', 'ŵ€', 'ucs2', 2, 1],
    ['a combining accent makes it UCS-2', 'e\u0301', 'ucs2', 2, 1],
  ];
  it.each(rows)('%s', (_label, text, encoding, characters, fragments) => {
    expect(countSms(text, 'gsm')).toEqual({ encoding, characters, fragments });
  });

  it('uses GSM rules when no rules are named', () => {
    expect(countSms('It’s')).toEqual(countSms('It’s', 'gsm'));
  });
});

describe('counting as GOV.UK Notify does, after its cleaning', () => {
  const rows: Row[] = [
    ['empty text sends nothing', '', 'gsm7', 0, 0],
    ['only spaces clean to nothing', '  \n\t ', 'gsm7', 0, 0],
    ['160 letters fit one message', a(160), 'gsm7', 160, 1],
    ['161 letters need two parts', a(161), 'gsm7', 161, 2],
    ['306 letters: two parts', a(306), 'gsm7', 306, 2],
    ['307 letters: three parts', a(307), 'gsm7', 307, 3],
    ['€ takes two places: 158 + € = 160', a(158) + '€', 'gsm7', 160, 1],
    ['159 + € = 161: two parts', a(159) + '€', 'gsm7', 161, 2],
    ['Notify has no boundary rule: 306 septets with € at 153 is two parts', a(152) + '€' + a(152), 'gsm7', 306, 2],
    ['Welsh ŵ keeps the text in UCS-2: 70 fit one message', w(70), 'ucs2', 70, 1],
    ['71 ŵ need two parts', w(71), 'ucs2', 71, 2],
    ['134 ŵ: two parts', w(134), 'ucs2', 134, 2],
    ['135 ŵ: three parts', w(135), 'ucs2', 135, 3],
    ['Welsh letters GSM already has stay GSM', 'àèìòù', 'gsm7', 5, 1],
    ['curly quotes become straight, so the text stays GSM', '“It’s here”', 'gsm7', 11, 1],
    ['an ellipsis becomes three full stops', 'Wait…', 'gsm7', 7, 1],
    ['an en dash becomes a hyphen', '9–5', 'gsm7', 3, 1],
    ['an emoji arrives as one "?"', 'Hi 😀', 'gsm7', 4, 1],
    ['Chinese characters arrive as "?"', '你好', 'gsm7', 2, 1],
    ['accents GSM lacks are dropped: ń → n', 'Gdańsk', 'gsm7', 6, 1],
    ['ł becomes l and ź loses its accent, but Welsh ó stays (so UCS-2)', 'Łódź', 'ucs2', 4, 1],
    ['ł becomes l', 'Włocławek', 'gsm7', 9, 1],
    ['zero-width spaces are removed', 'nhs\u200b.uk', 'gsm7', 6, 1],
    ['a non-breaking space becomes a space', 'a\u00a0b', 'gsm7', 3, 1],
    ['spaces before a comma or full stop are removed', 'Hello , there .', 'gsm7', 13, 1],
    ['runs of spaces become one', 'a    b', 'gsm7', 3, 1],
    ['three or more line breaks become two', 'a\n\n\n\nb', 'gsm7', 4, 1],
    ['Windows line breaks become one', 'a\r\nb', 'gsm7', 3, 1],
    ['leading and trailing spaces go', '  hi  ', 'gsm7', 2, 1],
  ];
  it.each(rows)('%s', (_label, text, encoding, characters, fragments) => {
    expect(countSms(text, 'notify')).toEqual({ encoding, characters, fragments });
  });

  it('Welsh ŵ is UCS-2 under both rules; ó in a GSM text is kept by Notify and switches it to UCS-2', () => {
    expect(countSms('Croeso i’r feddygfa, ŵyr', 'gsm').encoding).toBe('ucs2');
    expect(countSms('Croeso i’r feddygfa, ŵyr', 'notify')).toEqual({ encoding: 'ucs2', characters: 24, fragments: 1 });
    expect(cleanForNotify('Croeso i’r feddygfa, ŵyr')).toBe("Croeso i'r feddygfa, ŵyr");
    expect(countSms('ó', 'notify').encoding).toBe('ucs2');
  });

  it.each([
    ['“Book” – now…', '"Book" - now...'],
    ['Line one\n\n\n\nLine two', 'Line one\n\nLine two'],
    ['Tab\there', 'Tab here'],
    ['façade crème', 'facade crème'],
    ['See 👉 nhs.uk', 'See ? nhs.uk'],
  ])('cleans %j to %j', (input, sent) => {
    expect(cleanForNotify(input)).toBe(sent);
  });

  it('names the characters that would arrive as "?"', () => {
    expect(notifyUnsupported('Hi 😀, 你好 ŵ – ok?')).toEqual(['😀', '你', '好']);
  });

  it('knows Notify refuses texts longer than 918 characters', () => {
    expect(NOTIFY_MAX_CHARACTERS).toBe(918);
    expect(isTooLongForNotify(a(918))).toBe(false);
    expect(isTooLongForNotify(a(919))).toBe(true);
    expect(isTooLongForNotify(a(918) + '   ')).toBe(false);
    expect(notifyLength(`${a(100)} , `)).toBe(101);
    expect(countSms(a(918), 'notify')).toEqual({ encoding: 'gsm7', characters: 918, fragments: 6 });
  });
});

const gsmBasic = [...GSM_CHARACTERS].filter((c) => !GSM_EXTENSION.has(c) && c !== '\r' && c !== '\x1b');
const gsmBasicText = fc.array(fc.constantFrom(...gsmBasic), { maxLength: 700 }).map((cs) => cs.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
const mixedText = fc
  .array(fc.oneof(fc.constantFrom(...gsmBasic), fc.constantFrom(...GSM_EXTENSION), fc.constantFrom('’', '“', '…', '–', '😀', 'ŵ', 'é', '\u00a0', '\u200b', '你')), { maxLength: 400 })
  .map((cs) => cs.join(''));
const rules = fc.constantFrom<'gsm' | 'notify'>('gsm', 'notify');

function expectedParts(n: number, single: number, part: number): number {
  if (n === 0) return 0;
  return n <= single ? 1 : Math.ceil(n / part);
}

describe('properties of counting', () => {
  it('never throws, and gives whole, non-negative numbers, for any string', () => {
    fc.assert(
      fc.property(anyText, rules, (t, r) => {
        const c = countSms(t, r);
        expect(Number.isInteger(c.characters) && c.characters >= 0).toBe(true);
        expect(Number.isInteger(c.fragments) && c.fragments >= 0).toBe(true);
        expect(c.fragments === 0).toBe(c.characters === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('basic GSM text of n characters takes n septets and 1 or ceil(n / 153) parts', () => {
    fc.assert(
      fc.property(gsmBasicText, rules, (t, r) => {
        if (r === 'notify') t = cleanForNotify(t);
        const n = [...t].length;
        expect(countSms(t, r)).toEqual({ encoding: 'gsm7', characters: n, fragments: expectedParts(n, 160, 153) });
      }),
      { numRuns: 200 },
    );
  });

  it('a UCS-2 count is the UTF-16 length', () => {
    fc.assert(
      fc.property(mixedText, (t) => {
        const c = countSms(t, 'gsm');
        if (c.encoding === 'ucs2') {
          expect(c.characters).toBe(t.length);
          expect(c.fragments).toBeGreaterThanOrEqual(expectedParts(t.length, 70, 67));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('appending text never reduces the number of parts', () => {
    fc.assert(
      fc.property(mixedText, mixedText, rules, (t, more, r) => {
        expect(countSms(t + more, r).fragments).toBeGreaterThanOrEqual(countSms(t, r).fragments);
      }),
      { numRuns: 300 },
    );
  });

  // Notify drops spaces and tabs before "," and "." first, then turns other spaces (a non-breaking
  // space) into plain ones and "…" into "...": so a second pass can tidy what the first one made.
  it('Notify cleaning is stable, except for spaces the first pass leaves before "," or "."', () => {
    expect(cleanForNotify('Wait …')).toBe('Wait ...');
    expect(cleanForNotify('Yes\u00a0,')).toBe('Yes ,');
    fc.assert(
      fc.property(fc.oneof(anyText, mixedText), (t) => {
        const once = cleanForNotify(t);
        expect(cleanForNotify(once)).toBe(once.replace(/ +(?=[,.])/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('Notify only ever sends GSM characters and Welsh letters', () => {
    const allowed = new Set([...GSM_CHARACTERS, ...WELSH_DIACRITICS]);
    fc.assert(
      fc.property(fc.oneof(anyText, mixedText), (t) => {
        for (const c of cleanForNotify(t)) expect(allowed.has(c)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('under Notify, a text that cleans to GSM counts like the cleaned text under GSM arithmetic', () => {
    fc.assert(
      fc.property(mixedText, (t) => {
        const sent = cleanForNotify(t);
        const gsm = countSms(sent, 'gsm');
        const notify = countSms(t, 'notify');
        if (gsm.encoding === 'gsm7') {
          expect(notify.characters).toBe(gsm.characters);
          expect(notify.encoding).toBe('gsm7');
          // Notify has no boundary rule, so it can only ever count fewer parts than a strict gateway.
          expect(notify.fragments).toBe(expectedParts(gsm.characters, 160, 153));
          expect(notify.fragments).toBeLessThanOrEqual(gsm.fragments);
        } else {
          expect(notify).toEqual({ encoding: 'ucs2', characters: sent.length, fragments: expectedParts(sent.length, 70, 67) });
        }
      }),
      { numRuns: 300 },
    );
  });
});
