import { describe, expect, it } from 'vitest';
import { findNhsNumbers, formatNhsNumber, isValidNhsNumber, maskNhsNumber } from '@/src/page/nhs-number';

describe('NHS number check digit (Modulus 11)', () => {
  it.each([
    ['9997877896', true],
    ['9991742182', true],
    ['9999081002', true],
    ['9434765919', true], // NHS Digital's published example
    ['9997877897', false], // check digit off by one
    ['1234567890', false], // would need a check digit of 10: never issued
    ['999787789', false], // nine digits
    ['99978778960', false], // eleven digits
    ['999787789a', false],
  ])('%s is valid: %s', (digits, valid) => {
    expect(isValidNhsNumber(digits)).toBe(valid);
  });
});

describe('finding NHS numbers in page text', () => {
  it.each<[string, string, string[]]>([
    ['spaced 3-3-4', 'NHS number 999 787 7896', ['9997877896']],
    ['unspaced', 'NHS no: 9997877896.', ['9997877896']],
    ['hyphenated', '999-787-7896', ['9997877896']],
    ['non-breaking spaces', '999\u00a0787\u00a07896', ['9997877896']],
    ['invalid check digit ignored', 'Ref 999 787 7897', []],
    ['other ten-digit numbers ignored', 'Lab ref 1234567890 filed', []],
    ['part of a longer number ignored', 'Order 199978778960', []],
    ['mixed separators ignored', '999 787-7896', []],
    ['two numbers, in order, once each', '9991742182 then 999 787 7896 and 9991742182', ['9991742182', '9997877896']],
    ['phone numbers are not NHS numbers', 'Call 01632 960123', []],
  ])('%s', (_case, text, expected) => {
    expect(findNhsNumbers(text)).toEqual(expected);
  });

  it('formats and masks for display', () => {
    expect(formatNhsNumber('9997877896')).toBe('999 787 7896');
    expect(maskNhsNumber('9997877896')).toBe('••• ••• 7896');
  });
});
