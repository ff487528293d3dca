/**
 * The content script's work on a page (happy-dom): the wrong-patient guard, where text may go,
 * how it hears about single-page navigation, and that it lets go of everything when stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkGuard, createHost } from '@/src/page/host';
import type { Guard, HostRequest, InsertReply } from '@/src/messaging/protocol';
import type { PageContext } from '@/src/page/context';
import { userClick } from './user';

const JANE: PageContext = { names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: ['07700900123'] };
const DAVID: PageContext = { names: ['David Okafor'], nhsNumbers: ['9991742182'], mobiles: ['07700900456'] };
const NOBODY: PageContext = { names: [], nhsNumbers: [], mobiles: [] };

describe('the wrong-patient guard', () => {
  it.each<[string, Guard, PageContext, string]>([
    ['same patient', { names: JANE.names, nhsNumbers: JANE.nhsNumbers }, JANE, 'ok'],
    ['another patient', { names: JANE.names, nhsNumbers: JANE.nhsNumbers }, DAVID, 'patient-changed'],
    ['same name, another NHS number', { names: JANE.names, nhsNumbers: JANE.nhsNumbers }, { ...JANE, nhsNumbers: DAVID.nhsNumbers }, 'patient-changed'],
    ['a second patient appeared beside her', { names: JANE.names }, { ...JANE, names: ['Jane Smith', 'David Okafor'] }, 'patient-changed'],
    ['the patient has gone from the page', { names: JANE.names, nhsNumbers: JANE.nhsNumbers }, NOBODY, 'patient-gone'],
    ['made with no patient, now one shows', { names: [] }, JANE, 'patient-changed'],
    ['mobiles compared only when the guard names them', { names: JANE.names }, { ...JANE, mobiles: ['07700900789'] }, 'ok'],
    ['the mobile the text used has changed', { names: JANE.names, mobiles: JANE.mobiles }, { ...JANE, mobiles: ['07700900789'] }, 'patient-changed'],
    ['order does not matter', { nhsNumbers: ['9997877896', '9991742182'] }, { ...NOBODY, nhsNumbers: ['9991742182', '9997877896'] }, 'ok'],
  ])('%s → %s', (_case, guard, now, verdict) => {
    expect(checkGuard(guard, now)).toBe(verdict);
  });
});

/**
 * A page in the test window's own document (focus and events need a live document). The URL stays
 * happy-dom's; `url` only sets the path the cues see.
 */
function page(html: string, url = 'https://clinical.example.nhs.uk/consultation') {
  document.title = 'Consultation';
  document.body.innerHTML = html;
  const loc = new URL(url);
  Object.defineProperty(document, 'location', { value: loc, configurable: true });
  return document;
}
const BANNER = (name: string, nhs: string) => `<section data-patient><dl><dt>Name</dt><dd>${name}</dd><dt>NHS number</dt><dd>${nhs}</dd></dl></section>`;

/** Swap the banner's contents the way a single-page app does (no page load, no innerHTML). */
function showPatient(doc: Document, name: string, nhs: string) {
  const dds = doc.querySelectorAll('[data-patient] dd');
  dds[0]!.textContent = name;
  dds[1]!.textContent = nhs;
}

describe('the content script on a page', () => {
  const controllers: AbortController[] = [];
  afterEach(() => {
    controllers.splice(0).forEach((c) => c.abort());
    (document.activeElement as HTMLElement | null)?.blur?.();
  });
  function host(doc: Document, notify = () => {}) {
    const c = new AbortController();
    controllers.push(c);
    return createHost({ doc, signal: c.signal, notify, debounce: 5 });
  }
  const insert = (h: ReturnType<typeof host>, req: Partial<Extract<HostRequest, { type: 'nudge/insert' }>> = {}) =>
    h.handle({ type: 'nudge/insert', text: 'Hello Jane', ...req }) as Promise<InsertReply>;

  it('a patient change in a single-page app, then Insert: refused, and nothing is written', async () => {
    const doc = page(`${BANNER('SMITH, Jane (Mrs)', '999 787 7896')}<textarea aria-label="Message"></textarea>`);
    const h = host(doc);
    const box = doc.querySelector('textarea')!;
    userClick(box);
    const guard = { names: ['Jane Smith'], nhsNumbers: ['9997877896'] };
    showPatient(doc, 'OKAFOR, David (Mr)', '999 174 2182');
    expect(await insert(h, { guard })).toEqual({ type: 'nudge/insert-reply', status: 'patient-changed', field: 'Message' });
    expect(box.value).toBe('');
  });

  it('the patient gone from the page: refused as gone', async () => {
    const doc = page(`${BANNER('SMITH, Jane (Mrs)', '999 787 7896')}<textarea aria-label="Message"></textarea>`);
    const h = host(doc);
    userClick(doc.querySelector('textarea')!);
    doc.querySelector('[data-patient]')!.remove();
    expect((await insert(h, { guard: { names: ['Jane Smith'], nhsNumbers: ['9997877896'] } })).status).toBe('patient-gone');
  });

  it('the box the user clicked gets the text, at the caret, and the reply names it', async () => {
    const doc = page(`${BANNER('SMITH, Jane (Mrs)', '999 787 7896')}<textarea aria-label="Message"></textarea>`);
    const h = host(doc);
    const box = doc.querySelector('textarea')!;
    userClick(box);
    expect(await insert(h, { guard: { names: ['Jane Smith'], nhsNumbers: ['9997877896'] } })).toMatchObject({ status: 'inserted', field: 'Message' });
    expect(box.value).toBe('Hello Jane');
  });

  it.each<[string, string, (doc: Document) => void]>([
    ['never chosen', '<textarea aria-label="Message"></textarea>', () => {}],
    ['focused by the page itself (autofocus, el.focus()), never clicked', '<textarea aria-label="Message"></textarea>', (d) => d.querySelector('textarea')!.focus()],
    ['a synthetic click from the page', '<textarea aria-label="Message"></textarea>', (d) => {
      d.querySelector('textarea')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      d.querySelector('textarea')!.focus();
    }],
    ['chosen, then the page moved the focus to another box', '<textarea aria-label="Message"></textarea><input aria-label="Search">', (d) => {
      userClick(d.querySelector('textarea')!);
      d.querySelector('input')!.focus();
    }],
    ['chosen, then removed', '<textarea aria-label="Message"></textarea>', (d) => { userClick(d.querySelector('textarea')!); d.querySelector('textarea')!.remove(); }],
    ['chosen, then hidden', '<div><textarea aria-label="Message"></textarea></div>', (d) => { userClick(d.querySelector('textarea')!); d.querySelector('div')!.style.display = 'none'; }],
    ['chosen, then disabled', '<textarea aria-label="Message"></textarea>', (d) => { userClick(d.querySelector('textarea')!); d.querySelector('textarea')!.disabled = true; }],
    ['chosen, then made read-only', '<textarea aria-label="Message"></textarea>', (d) => { userClick(d.querySelector('textarea')!); d.querySelector('textarea')!.readOnly = true; }],
    ['a password box', '<input type="password" aria-label="PIN">', (d) => userClick(d.querySelector('input')!)],
    ['a tiny (1×1) box', '<textarea aria-label="Message" style="width:1px;height:1px"></textarea>', (d) => userClick(d.querySelector('textarea')!)],
    ['an offscreen box', '<textarea aria-label="Message" style="position:absolute;left:-9999px"></textarea>', (d) => userClick(d.querySelector('textarea')!)],
    ['a transparent box', '<textarea aria-label="Message" style="opacity:0"></textarea>', (d) => userClick(d.querySelector('textarea')!)],
    ['not the site’s message box', '<textarea class="notes" aria-label="Notes"></textarea><textarea class="sms"></textarea>', (d) => userClick(d.querySelector('.notes')!)],
  ])('no box the user chose (%s): refused as no-field, nothing written', async (_case, html, act) => {
    const doc = page(html);
    const h = host(doc);
    act(doc);
    const reply = await insert(h, { profile: { host: 'https://clinical.example.nhs.uk', messageBoxSelector: '.sms' } });
    expect(reply.status).toBe('no-field');
    doc.querySelectorAll('textarea, input').forEach((el) => expect((el as HTMLTextAreaElement).value).toBe(''));
  });

  it('a box whose maxlength cannot hold the whole text is refused whole, before anything is written', async () => {
    const doc = page('<textarea aria-label="Message" maxlength="12">Hi. </textarea>');
    const h = host(doc);
    const box = doc.querySelector('textarea')!;
    userClick(box);
    box.setSelectionRange(4, 4);
    expect(await insert(h, { text: 'Hello Jane, welcome' })).toMatchObject({ status: 'no-room', field: 'Message' });
    expect(box.value).toBe('Hi. ');
  });

  it('a page that moves the focus when the box is focused for the insert gets nothing anywhere', async () => {
    const doc = page('<textarea aria-label="Message"></textarea><input type="text" aria-label="Search">');
    const h = host(doc);
    const [box, search] = [doc.querySelector('textarea')!, doc.querySelector('input')!];
    userClick(box);
    search.focus();
    box.focus(); // the user's box has the focus again...
    box.addEventListener('focus', () => search.focus()); // ...but the page moves it as soon as the box is focused again
    search.focus();
    box.focus();
    expect((await insert(h)).status).toMatch(/no-field|focus-moved/);
    expect(box.value).toBe('');
    expect(search.value).toBe('');
  });

  it('the site profile’s message box, once the user chose it, is named in the hello reply', async () => {
    const doc = page('<label for="m">SMS</label><textarea id="m" class="sms"></textarea>');
    const h = host(doc);
    userClick(doc.querySelector('textarea')!);
    const reply = await h.handle({ type: 'nudge/hello', profile: { host: 'https://clinical.example.nhs.uk', messageBoxSelector: '.sms' } });
    expect(reply).toMatchObject({ field: 'SMS' });
  });

  it('the hello reply carries the context and matched cues, and never the page title or text', async () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'), 'https://clinical.example.nhs.uk/patient/test-results');
    const reply = await host(doc).handle({ type: 'nudge/hello', cues: [{ id: 'results-screen', urlWord: 'results' }, { id: 'fit-note', text: 'fit note' }] });
    expect(reply).toEqual({
      type: 'nudge/hello-reply',
      origin: 'https://clinical.example.nhs.uk',
      context: { names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: [] },
      field: null,
      cues: ['results-screen'],
    });
  });

  it('reads and watches nothing until the panel first asks', async () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'));
    const notify = vi.fn();
    host(doc, notify);
    showPatient(doc, 'OKAFOR, David (Mr)', '999 174 2182');
    await new Promise((r) => setTimeout(r, 30));
    expect(notify).not.toHaveBeenCalled();
  });

  it('hears a patient change in the banner (pushState fires no event), once, debounced', async () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'));
    const notify = vi.fn();
    await host(doc, notify).handle({ type: 'nudge/hello' }); // the panel has read the page once
    showPatient(doc, 'OKAFOR, David (Mr)', '999 174 2182');
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
  });

  it('a banner that changes faster than the debounce is still reported, within the maximum wait', async () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'));
    const notify = vi.fn();
    const c = new AbortController();
    controllers.push(c);
    await createHost({ doc, signal: c.signal, notify, debounce: 40, maxWait: 100 }).handle({ type: 'nudge/hello' });
    const started = Date.now();
    while (Date.now() - started < 400) {
      showPatient(doc, `PATIENT, Number${Date.now() % 1000} (Mx)`, '999 174 2182');
      await new Promise((r) => setTimeout(r, 10)); // every 10 ms: the 40 ms debounce alone would never end
    }
    expect(notify.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('hears a banner that a single-page app puts in later', async () => {
    const doc = page('<main id="app"></main>');
    const notify = vi.fn();
    await host(doc, notify).handle({ type: 'nudge/hello' });
    const section = doc.createElement('section');
    doc.body.append(section);
    section.textContent = 'Name: SMITH, Jane · NHS 999 787 7896';
    await vi.waitFor(() => expect(notify).toHaveBeenCalled());
    notify.mockClear();
    section.textContent = 'Name: SMITH, Janet · NHS 999 787 7896';
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
  });

  it('after it is stopped, no change is heard and no timer is left', async () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'));
    const notify = vi.fn();
    const c = new AbortController();
    await createHost({ doc, signal: c.signal, notify, debounce: 5 }).handle({ type: 'nudge/hello' });
    showPatient(doc, 'OKAFOR, David (Mr)', '999 174 2182');
    c.abort(); // before the debounce ends
    showPatient(doc, 'NOWAK, Zofia (Ms)', '999 908 1002');
    await new Promise((r) => setTimeout(r, 30));
    expect(notify).not.toHaveBeenCalled();
  });
});
