/**
 * The send flow alone (src/ui/panel/send-flow.ts): what is shown is what is sent, typed values and
 * picks go only to their patient (issue 13, item 1), and one press is one send (item 4).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/src/log/db';
import type { Template } from '@/src/catalogue/templates';
import { BOB, JANE, NOBODY, fakeHost, makePanel, settleWrites, template } from './panel-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`send-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await settleWrites();
  await db.delete();
});

const results = template('test-results-short');
/** A practice's own text with no fallback for the name: the fill dialog asks for it when the page shows none. */
const needsName: Template = { ...results, id: 'own-needs-name', body: 'Hello ((first_name)), this is ((surgery_name)).' };
const condition: Template = { ...results, id: 'own-condition', service: 'self-care', body: 'Hello ((first_name|there)), the page we talked about: ((condition_url))' };
const TWO_NAMES = { names: ['Jane Smith', 'Bob Jones'], nhsNumbers: [], mobiles: [] };

describe('values typed in the fill dialog belong to the patient they were typed for', () => {
  it('asks for a value the page does not give, then sends with it, for the same patient', async () => {
    const tab = fakeHost({ context: { names: [], nhsNumbers: ['9997877896'], mobiles: [] } });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    expect(await s.send.insert(needsName)).toBe(false);
    expect(s.send.fill.value).toMatchObject({ missing: ['first_name'], action: 'insert' });
    expect(await s.send.submitFill({ first_name: 'Sam' })).toBe(true);
    expect(tab.inserted).toEqual([{ text: 'Hello Sam, this is Castle Mead Medical Centre.', guard: { names: [], nhsNumbers: ['9997877896'], mobiles: [] } }]);
    expect(s.send.fill.value).toBeNull();
  });

  it('“Hello Jane” typed for one patient is refused when the page has moved to Bob before Submit, and what was typed is gone', async () => {
    const tab = fakeHost({ context: { names: [], nhsNumbers: ['9997877896'], mobiles: [] } });
    const { s } = makePanel({ db, host: tab });
    s.page.start();
    await s.page.refreshPage();
    await s.send.insert(needsName);
    // While the user types, the page moves to the next patient (and the panel hears of it).
    tab.page.context = BOB;
    tab.changed();
    expect(await s.send.submitFill({ first_name: 'Jane' })).toBe(false);
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toMatch(/^Not inserted: the page shows a different patient .*What you typed was cleared/);
    expect(s.send.fill.value).toBeNull();
    expect(await db.offers.count()).toBe(0);
    // Nothing typed is kept: Bob's page shows his name, and that is what a new Insert uses.
    expect(await s.send.insert(needsName)).toBe(true);
    expect(tab.inserted.map((x) => x.text)).toEqual(['Hello Bob, this is Castle Mead Medical Centre.']);
  });

  it('…and when the panel has not heard of the change yet, the page itself refuses it: the guard is the patient it was typed for', async () => {
    const tab = fakeHost({ context: NOBODY });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    await s.send.insert(needsName);
    const stampGuard = s.send.fill.value!.stamp.guard;
    expect(stampGuard).toEqual({ names: [], nhsNumbers: [], mobiles: [] });
    // The page changes, but hello still answers with the old reading (the change is in flight).
    const hello = tab.host.hello;
    tab.host.hello = async () => ({ status: 'ready', page: { type: 'nudge/hello-reply', origin: 'http://127.0.0.1', context: NOBODY, field: 'Message', cues: [] } });
    tab.page.context = BOB;
    expect(await s.send.submitFill({ first_name: 'Jane' })).toBe(false);
    tab.host.hello = hello;
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toContain('different patient');
  });

  it('a value typed while one text box was chosen is refused if the user has since chosen another (another patient’s tab)', async () => {
    const tab = fakeHost({ context: NOBODY, field: 'Message to patient' });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    await s.send.copy(needsName);
    tab.page.field = 'Message to patient (tab 2)';
    expect(await s.send.submitFill({ first_name: 'Jane' })).toBe(false);
    expect(s.notices.notice.value?.text).toMatch(/^Not copied: .*another text box/);
  });

  it('a per-send link (condition_url) is asked for, must be a full https link in the dialog, goes into this text only and is not remembered', async () => {
    const tab = fakeHost();
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    expect(s.send.preview(condition).text).toContain('[Link to the page you talked about]');
    expect(s.send.preview(condition).hasLink).toBe(true);
    await s.send.insert(condition);
    expect(s.send.fill.value?.missing).toEqual(['condition_url']);
    expect(await s.send.submitFill({ condition_url: 'https://www.nhs.uk/conditions/asthma/' })).toBe(true);
    expect(tab.inserted[0]!.text).toBe('Hello Jane, the page we talked about: https://www.nhs.uk/conditions/asthma/');
    // The next send asks again: the link was for that one text.
    expect(await s.send.insert(condition)).toBe(false);
    expect(s.send.fill.value?.missing).toEqual(['condition_url']);
    s.send.cancelFill();
    expect(s.send.preview(condition).text).not.toContain('asthma');
  });
});

describe('a name picked among several belongs to its patient', () => {
  it('is used while the page shows the same patients and field, and dropped when the page reports a change (another patient’s tab)', async () => {
    const tab = fakeHost({ context: TWO_NAMES });
    const { s } = makePanel({ db, host: tab });
    s.page.start();
    await s.page.refreshPage();
    expect(s.page.patientName.value).toBeNull();
    s.page.pick('name', 'Jane Smith');
    expect(s.send.preview(results).text).toMatch(/^Hello Jane,/);
    // The user moves to Bob's tab and clicks in his message box: the page reports a change.
    tab.changed();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.page.patientName.value).toBeNull();
    expect(await s.send.insert(results)).toBe(true);
    expect(tab.inserted[0]!.text).toMatch(/^Hello there,/);
  });

  it('is refused, not sent, when the page has changed field by the time Insert is pressed (before the panel heard of it)', async () => {
    const tab = fakeHost({ context: TWO_NAMES, field: 'Message (Jane)' });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    s.page.pick('name', 'Jane Smith');
    tab.page.field = 'Message (Bob)';
    expect(await s.send.insert(results)).toBe(false);
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toMatch(/changed after you chose the patient’s name/);
    expect(s.page.picked('name')).toBeNull();
  });
});

describe('one press, one send', () => {
  it.each(['insert', 'copy', 'showQr'] as const)('a double click or a held key on %s sends once and records one offer', async (action) => {
    const tab = fakeHost({ record: () => {} });
    const { s, copied } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    const t = template('nhs-app-signup-short');
    const presses = await Promise.all(Array.from({ length: 20 }, () => s.send[action](t)));
    expect(presses.filter(Boolean)).toHaveLength(1);
    expect(tab.inserted.length + copied.length + (s.send.qr.value ? 1 : 0)).toBe(1);
    await settleWrites();
    expect(await db.offers.count()).toBe(1);
  });

  it('presses a moment apart (a second, deliberate send) each count', async () => {
    let now = 0;
    const { s } = makePanel({ db, host: fakeHost({ record: () => {} }) });
    // A guard with a clock the test controls.
    const { createRepeatGuard } = await import('@/src/ui/panel/repeat-guard');
    const guard = createRepeatGuard(() => now, 800);
    const run = () => guard.run('copy|x', async () => true);
    expect(await run()).toBe(true);
    now = 300;
    expect(await run()).toBeUndefined(); // a double click
    now = 900;
    expect(await run()).toBeUndefined(); // held: each press extends the quiet time
    now = 2000;
    expect(await run()).toBe(true); // a new press after a pause
    expect(await guard.run('insert|x', async () => true)).toBe(true); // another action is never blocked
    void s;
  });
});

describe('what is shown is what is sent', () => {
  it('a language version and a one-click fix are sent as shown', async () => {
    const tab = fakeHost({ context: JANE });
    const cy: Template & { versions: Record<string, { body: string; dir: 'ltr' }> } = {
      ...results,
      id: 'own-cy',
      body: 'It’s ready, ((first_name|there)).',
      versions: { cy: { body: 'Mae’n barod, ((first_name|there)).', dir: 'ltr' } },
    };
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    const shown = s.send.preview(cy, { language: 'cy' });
    expect(shown.text).toBe('Mae’n barod, Jane.');
    await s.send.insert(cy, { language: 'cy', fixed: { from: shown.text, to: "Mae'n barod, Jane." } });
    expect(tab.inserted[0]!.text).toBe("Mae'n barod, Jane.");
    // A fix made for other words (another patient) is not applied.
    await new Promise((r) => setTimeout(r, 900));
    await s.send.insert(cy, { fixed: { from: 'It’s ready, David.', to: "It's ready, David." } });
    expect(tab.inserted[1]!.text).toBe('It’s ready, Jane.');
    await settleWrites();
    expect((await db.offers.toArray()).map((o) => o.language).sort()).toEqual(['cy', 'en']);
  });
});
