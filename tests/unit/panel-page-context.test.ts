/** The page context alone (src/ui/panel/page-context.ts): the patient shown, and picks bound to that patient. */
import { describe, expect, it } from 'vitest';
import { chosen, createPageContext } from '@/src/ui/panel/page-context';
import { BOB, JANE, fakeHost } from './panel-helpers';

const TWO = { names: ['Jane Smith', 'Bob Jones'], nhsNumbers: ['9997877896', '9991742182'], mobiles: ['07700900123', '07700900456'] };

describe('the page context', () => {
  it.each([
    [['Jane Smith'], null, 'Jane Smith'],
    [['Jane Smith', 'Bob Jones'], null, null],
    [['Jane Smith', 'Bob Jones'], 'Bob Jones', 'Bob Jones'],
    [['Jane Smith'], 'Bob Jones', 'Jane Smith'],
    [[], 'Bob Jones', null],
  ] as const)('names %j with pick %s: the patient is %s (never a silent guess)', (names, pick, expected) => {
    expect(chosen(names, pick)).toBe(expected);
  });

  it('reads the tab, and says when it cannot', async () => {
    const tab = fakeHost({ context: JANE });
    const pc = createPageContext(tab.host);
    expect(pc.access.value).toBe('checking');
    await pc.refreshPage();
    expect(pc.access.value).toBe('ready');
    expect(pc.patientName.value).toBe('Jane Smith');
    tab.host.hello = async () => ({ status: 'no-access' });
    await pc.refreshPage();
    expect([pc.access.value, pc.page.value, pc.patientName.value]).toEqual(['no-access', null, null]);
  });

  it('a pick holds for the patient it was made for, and goes when the identifiers, the field or the page change', async () => {
    const tab = fakeHost({ context: TWO });
    const pc = createPageContext(tab.host);
    const stop = pc.start();
    await pc.refreshPage();
    const pickAll = () => {
      pc.pick('name', 'Bob Jones');
      pc.pick('nhsNumber', '9991742182');
      pc.pick('mobile', '07700900456');
    };
    pickAll();
    expect([pc.patientName.value, pc.nhsNumber.value, pc.mobile.value, pc.namePicked.value]).toEqual(['Bob Jones', '9991742182', '07700900456', true]);
    // Another field (the other patient's message box).
    tab.page.field = 'Another box';
    await pc.refreshPage();
    expect([pc.patientName.value, pc.nhsNumber.value, pc.mobile.value]).toEqual([null, null, null]);
    pickAll();
    // The page reports a change, even with the same identifiers shown.
    tab.changed();
    await new Promise((r) => setTimeout(r, 0));
    expect(pc.patientName.value).toBeNull();
    pickAll();
    // Another set of identifiers.
    tab.page.context = { ...TWO, mobiles: ['07700900456'] };
    await pc.refreshPage();
    expect(pc.picked('name')).toBeNull();
    stop();
  });

  it('a stamp records the patient and field a value is given for', async () => {
    const tab = fakeHost({ context: JANE });
    const pc = createPageContext(tab.host);
    await pc.refreshPage();
    const s = pc.stamp();
    expect(s.guard).toEqual({ names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: [] });
    expect([pc.stillFor(s), pc.stillShows(s)]).toEqual([true, true]);
    tab.page.field = 'Other';
    await pc.refreshPage();
    expect([pc.stillFor(s), pc.stillShows(s)]).toEqual([false, true]);
    tab.page.context = BOB;
    await pc.refreshPage();
    expect(pc.stillShows(s)).toBe(false);
  });
});
