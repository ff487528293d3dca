/**
 * The content script's work on a page (happy-dom): the wrong-patient guard, where text may go,
 * how it hears about single-page navigation, and that it lets go of everything when stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkGuard, createHost } from '@/src/page/host';
import type { Guard, HostRequest, InsertReply } from '@/src/messaging/protocol';
import type { PageContext } from '@/src/page/context';

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

function page(html: string, url = 'https://clinical.example.nhs.uk/consultation') {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head><title>Consultation</title></head><body>${html}</body></html>`, 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  return doc;
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
  afterEach(() => controllers.splice(0).forEach((c) => c.abort()));
  function host(doc: Document, notify = () => {}) {
    const c = new AbortController();
    controllers.push(c);
    return createHost({ doc, signal: c.signal, notify, debounce: 5 });
  }
  const insert = (h: ReturnType<typeof host>, req: Partial<Extract<HostRequest, { type: 'nudge/insert' }>> = {}) =>
    h.handle({ type: 'nudge/insert', text: 'Hello Jane', ...req }) as InsertReply;

  it('a patient change in a single-page app, then Insert: refused, and nothing is written', () => {
    const doc = page(`${BANNER('SMITH, Jane (Mrs)', '999 787 7896')}<textarea aria-label="Message"></textarea>`);
    const h = host(doc);
    const box = doc.querySelector('textarea')!;
    box.focus();
    const guard = { names: ['Jane Smith'], nhsNumbers: ['9997877896'] };
    showPatient(doc, 'OKAFOR, David (Mr)', '999 174 2182');
    expect(insert(h, { guard })).toEqual({ type: 'nudge/insert-reply', status: 'patient-changed', field: 'Message' });
    expect(box.value).toBe('');
  });

  it('the patient gone from the page: refused as gone', () => {
    const doc = page(`${BANNER('SMITH, Jane (Mrs)', '999 787 7896')}<textarea aria-label="Message"></textarea>`);
    const h = host(doc);
    doc.querySelector('textarea')!.focus();
    doc.querySelector('[data-patient]')!.remove();
    expect(insert(h, { guard: { names: ['Jane Smith'], nhsNumbers: ['9997877896'] } }).status).toBe('patient-gone');
  });

  it.each<[string, string, (doc: Document) => void]>([
    ['never focused', '<textarea aria-label="Message"></textarea>', () => {}],
    ['focused, then removed', '<textarea aria-label="Message"></textarea>', (d) => { d.querySelector('textarea')!.focus(); d.querySelector('textarea')!.remove(); }],
    ['focused, then hidden', '<div><textarea aria-label="Message"></textarea></div>', (d) => { d.querySelector('textarea')!.focus(); d.querySelector('div')!.hidden = true; }],
    ['focused, then disabled', '<textarea aria-label="Message"></textarea>', (d) => { d.querySelector('textarea')!.focus(); d.querySelector('textarea')!.disabled = true; }],
    ['focused, then made read-only', '<textarea aria-label="Message"></textarea>', (d) => { d.querySelector('textarea')!.focus(); d.querySelector('textarea')!.readOnly = true; }],
    ['a password box', '<input type="password" aria-label="PIN">', (d) => d.querySelector('input')!.focus()],
    ['two boxes match the site’s message box', '<textarea class="sms"></textarea><textarea class="sms"></textarea>', () => {}],
  ])('no field the user chose (%s): refused as no-field, nothing written', (_case, html, act) => {
    const doc = page(html);
    const h = host(doc);
    act(doc);
    const reply = insert(h, { profile: { host: 'https://clinical.example.nhs.uk', messageBoxSelector: '.sms' } });
    expect(reply.status).toBe('no-field');
    doc.querySelectorAll('textarea, input').forEach((el) => expect((el as HTMLTextAreaElement).value).toBe(''));
  });

  it('the site profile’s single message box is named in the hello reply, so the user sees where text goes', () => {
    const doc = page('<label for="m">SMS</label><textarea id="m" class="sms"></textarea>');
    const h = host(doc);
    const reply = h.handle({ type: 'nudge/hello', profile: { host: 'https://clinical.example.nhs.uk', messageBoxSelector: '.sms' } });
    expect(reply).toMatchObject({ field: 'SMS (set for this site)' });
  });

  it('the hello reply carries the context and matched cues, and never the page title or text', () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'), 'https://clinical.example.nhs.uk/patient/test-results');
    const reply = host(doc).handle({ type: 'nudge/hello', cues: [{ id: 'results-screen', urlWord: 'results' }, { id: 'fit-note', text: 'fit note' }] });
    expect(reply).toEqual({
      type: 'nudge/hello-reply',
      origin: 'https://clinical.example.nhs.uk',
      context: { names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: [] },
      field: null,
      cues: ['results-screen'],
    });
  });

  it('hears a patient change in the banner (pushState fires no event), once, debounced', async () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'));
    const notify = vi.fn();
    host(doc, notify);
    showPatient(doc, 'OKAFOR, David (Mr)', '999 174 2182');
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
  });

  it('hears a banner that a single-page app puts in later', async () => {
    const doc = page('<main id="app"></main>');
    const notify = vi.fn();
    host(doc, notify);
    const section = doc.createElement('section');
    section.setAttribute('data-patient', '');
    doc.body.append(section);
    await vi.waitFor(() => expect(notify).toHaveBeenCalled());
    notify.mockClear();
    section.textContent = 'Name: SMITH, Jane';
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
  });

  it('after it is stopped, no change is heard and no timer is left', async () => {
    const doc = page(BANNER('SMITH, Jane (Mrs)', '999 787 7896'));
    const notify = vi.fn();
    const c = new AbortController();
    createHost({ doc, signal: c.signal, notify, debounce: 5 });
    showPatient(doc, 'OKAFOR, David (Mr)', '999 174 2182');
    c.abort(); // before the debounce ends
    showPatient(doc, 'NOWAK, Zofia (Ms)', '999 908 1002');
    await new Promise((r) => setTimeout(r, 30));
    expect(notify).not.toHaveBeenCalled();
  });
});
