import { describe, expect, it } from 'vitest';
import { isOdsPracticeCode, normaliseOdsCode } from '@/src/log/practice';
import { parseExchangeFile } from '@/src/log/exchange';
import { validateField } from '@/src/settings/model';
import { readPolicy } from '@/src/settings/policy';
import { offer } from './log-helpers';

describe('the practice’s ODS code', () => {
  it.each([
    ['A81001', true], // a GP practice in England
    ['Y02345', true], // a newer (APMS) practice
    ['W91016', true], // a practice in Wales
    ['U12345', false], // a primary care network, not a practice
    ['15E', false], // a commissioner (ICB sub-location)
    ['A81001001', false], // a site or branch
    ['RXX', false], // an NHS trust
    ['A8100', false],
    ['AA1001', false],
    ['', false],
  ])('%s is a practice code: %s', (code, ok) => {
    expect(isOdsPracticeCode(code)).toBe(ok);
  });

  it('a practice’s ODS code is a letter and 5 digits; network, commissioner and branch codes are refused', () => {
    expect(normaliseOdsCode(' a81001 ')).toBe('A81001');
    expect(validateField('practiceOdsCode', ' a81001 ')).toEqual({ ok: true, value: 'A81001' });
    expect(validateField('practiceOdsCode', '')).toEqual({ ok: true, value: '' });
    expect(validateField('practiceOdsCode', 'U12345')).toEqual({ ok: false, error: 'Enter the practice’s ODS code as a letter followed by 5 digits, like A81001' });
    expect(readPolicy({ practiceOdsCode: '15E' }).problems).toEqual([
      'The policy’s practiceOdsCode was ignored: Enter the practice’s ODS code as a letter followed by 5 digits, like A81001',
    ]);
    expect(readPolicy({ practiceOdsCode: 'B82002', autoBackup: true })).toMatchObject({ values: { practiceOdsCode: 'B82002', autoBackup: true }, problems: [] });
    const file = (practice: string) =>
      JSON.stringify({ format: 'nudge-offers', version: 2, exported: '2025-11-07T10:00:00.000Z', workstation: 'w', offers: [{ ...offer('2025-11-05'), practice }] });
    expect(parseExchangeFile(file('A81001'), 'ok.json').offers[0]!.practice).toBe('A81001');
    expect(() => parseExchangeFile(file('a81001'), 'lower.json')).toThrow(/could not be imported: offers\.0\.practice/);
    expect(() => parseExchangeFile(file('GUESSED'), 'guess.json')).toThrow(/could not be imported/);
    expect(() => parseExchangeFile(file('U12345'), 'network.json')).toThrow(/not a GP practice ODS code/);
  });
});
