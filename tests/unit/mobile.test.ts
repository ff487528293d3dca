import { describe, expect, it } from 'vitest';
import { findMobiles, mobileEnding, normaliseMobile } from '@/src/page/mobile';

describe('UK mobile numbers', () => {
  it.each<[string, string, string[]]>([
    ['national, spaced', 'Mobile 07700 900123', ['07700900123']],
    ['national, unspaced', '07700900123', ['07700900123']],
    ['+44 with space', '+44 7700 900456', ['07700900456']],
    ['+44 without spaces', '+447700900456', ['07700900456']],
    ['+44 (0)', '+44 (0)7700 900456', ['07700900456']],
    ['0044', '0044 7700 900789', ['07700900789']],
    ['hyphens', '07700-900-123', ['07700900123']],
    ['landline ignored', 'Surgery 01632 960123', []],
    ['London landline ignored', '020 7946 0000', []],
    ['too short', '07700 90012', []],
    ['too long', '07700 9001234', []],
    ['inside a longer number', '107700900123', []],
    ['two mobiles', '07700 900789, 07700 900321', ['07700900789', '07700900321']],
    ['same number twice, once', '07700 900123 / +44 7700 900123', ['07700900123']],
  ])('%s', (_case, text, expected) => {
    expect(findMobiles(text)).toEqual(expected);
  });

  it("ignores the surgery's own numbers in any format", () => {
    expect(findMobiles('Call us on 07700 900999 or text 07700 900123', ['+447700900999'])).toEqual(['07700900123']);
  });

  it('normalises and shows only the ending', () => {
    expect(normaliseMobile('+44 7700 900123')).toBe('07700900123');
    expect(normaliseMobile('01632 960123')).toBeNull();
    expect(mobileEnding('07700900123')).toBe('123');
  });
});
