/**
 * Fuzzing the message handlers. A content script runs beside pages we do not control, and the
 * panel listens to whatever reaches runtime.onMessage, so every handler must treat every message
 * as hostile: thousands of malformed, near-miss, oversized and prototype-polluting messages, and
 * well-formed ones from the wrong sender, must change nothing, get no reply and never throw.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startHostScript, type MinimalChrome } from '@/src/page/host-script';
import { isHostRequest } from '@/src/messaging/guards';
import { HostRequestSchema, parse } from '@/src/messaging/protocol';
import { createHostLink } from '@/src/ui/panel/host-link';
import { userClick } from './user';

const EXTENSION_ID = 'nudge-extension-id';
const PANEL_SENDER = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/sidepanel.html` };

// ---------------------------------------------------------------------------------------------
// Generators

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/** Message types that exist somewhere in the extension, and near misses of them. */
const typeNames = fc.constantFrom(
  'nudge/hello',
  'nudge/insert',
  'nudge/hello-reply',
  'nudge/insert-reply',
  'nudge/page-changed',
  'nudge/Insert',
  'nudge/insert ',
  ' nudge/hello',
  'NUDGE/HELLO',
  'nudge/',
  '',
);
const anyType = fc.oneof(typeNames, fc.jsonValue(), fc.constant(undefined));

const boundaryString = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constant('x'.repeat(200)),
  fc.constant('x'.repeat(201)),
  fc.constant('\u0000\uFFFF\uD800'),
  fc.constant('<img src=x onerror=alert(1)>'),
);
const list = fc.oneof(
  fc.array(boundaryString, { maxLength: 3 }),
  fc.array(fc.constant('Jane Smith'), { minLength: 20, maxLength: 21 }),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.jsonValue(),
  fc.constant(undefined),
);
const guardKey = fc.constantFrom('names', 'nhsNumbers', 'mobiles', 'extra', 'constructor', 'prototype', 'toString');
const guard = fc.oneof(
  fc.record({ names: list, nhsNumbers: list, mobiles: list }, { requiredKeys: [] }),
  fc.dictionary(guardKey, list, { maxKeys: 4 }),
  fc.jsonValue(),
  fc.constant(undefined),
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constant('a'.repeat(5000)),
  fc.constant('a'.repeat(5001)),
  fc.constant('a'.repeat(200_000)),
  fc.jsonValue(),
  fc.constant(undefined),
);

/** Messages shaped almost like ours: the right keys with wrong values, or one key too many. */
const nearMiss = fc.record(
  { type: anyType, text, guard, extra: fc.jsonValue(), field: fc.string({ maxLength: 5 }) },
  { requiredKeys: [] },
);

/**
 * The same, with a prototype-pollution key spliced in as an own property (JSON.parse keeps
 * "__proto__" as a plain key, which is how such a message would arrive).
 */
const polluted = fc
  .tuple(
    fc.oneof(nearMiss, fc.constant({ type: 'nudge/insert', text: 'hi' }), fc.constant({ type: 'nudge/hello' })),
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.oneof(fc.constant({ polluted: 'yes', names: ['Jane Smith'] }), fc.jsonValue()),
    fc.boolean(),
  )
  .map(([base, key, value, inGuard]) => {
    const spliced = (o: unknown) => {
      const isObject = typeof o === 'object' && o !== null && !Array.isArray(o);
      const body = isObject ? JSON.stringify(o).slice(1, -1) : '';
      return `{${JSON.stringify(key)}:${JSON.stringify(value)}${body ? `,${body}` : ''}}`;
    };
    if (inGuard && typeof base === 'object' && base !== null) {
      const rest = JSON.stringify({ ...base, guard: undefined }).slice(1, -1);
      return JSON.parse(`{"guard":${spliced((base as { guard?: unknown }).guard)}${rest ? `,${rest}` : ''}}`) as unknown;
    }
    return JSON.parse(spliced(base)) as unknown;
  });

/** Everything a hostile or broken sender might put in a message. */
const anyMessage = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue() },
  { weight: 4, arbitrary: nearMiss },
  { weight: 2, arbitrary: polluted },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, '', [], {}, 'nudge/hello', ['nudge/hello']) },
);

/** Requests the content script would accept, to send from the wrong places. */
const validRequest = fc.oneof(
  fc.constant({ type: 'nudge/hello' }),
  fc.record({ type: fc.constant('nudge/insert'), text: fc.string({ maxLength: 50 }) }),
);

/** Senders that are not this extension's own page. */
const wrongSender = fc.oneof(
  fc.record({ id: fc.constant(EXTENSION_ID), url: fc.constantFrom('https://clinical.example.nhs.uk/', 'chrome-extension://another-extension-id/sidepanel.html'), tab: fc.record({ id: fc.nat() }) }),
  fc.record({ id: fc.constant('another-extension-id'), url: fc.constant('chrome-extension://another-extension-id/x.html') }),
  fc.record({ id: fc.constant(EXTENSION_ID), tab: fc.record({ id: fc.nat() }), frameId: fc.nat({ max: 3 }) }),
  fc.record({ url: fc.constant('https://evil.example/') }),
  fc.record({ id: fc.constantFrom(undefined, '', `${EXTENSION_ID} `, EXTENSION_ID.toUpperCase()) }, { requiredKeys: [] }),
  fc.constant({}),
);

// ---------------------------------------------------------------------------------------------
// The content script on a consultation page

interface FakeChrome {
  api: MinimalChrome;
  /** Deliver as the browser would; resolves once every listener that said it would answer has. */
  deliver(message: unknown, sender: object): Promise<{ replies: unknown[] }>;
  sent: unknown[];
}

type Listener = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }, reply: (r: unknown) => void) => boolean;

function fakeChrome(): FakeChrome {
  const listeners = new Set<Listener>();
  const sent: unknown[] = [];
  return {
    api: {
      runtime: {
        id: EXTENSION_ID,
        getURL: (path) => `chrome-extension://${EXTENSION_ID}/${path}`,
        sendMessage: (m) => {
          sent.push(m);
        },
        onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
      },
    },
    async deliver(message, sender) {
      const replies: unknown[] = [];
      const pending: Promise<void>[] = [];
      for (const l of listeners) {
        let answer: () => void = () => {};
        const answered = new Promise<void>((r) => (answer = r));
        if (l(message, sender, (r) => (replies.push(r), answer()))) pending.push(answered);
      }
      await Promise.all(pending);
      return { replies };
    },
    sent,
  };
}

const ORIGINAL_MESSAGE = 'Dear patient, ';

function consultationPage(): { box: HTMLTextAreaElement; other: HTMLInputElement; editable: HTMLElement } {
  document.title = 'Consultation – demo';
  document.body.innerHTML = `
    <section id="patient-banner" data-patient aria-label="Patient banner">
      <p>Name: SMITH, Jane (Mrs)</p><p>NHS number: 943 476 5919</p><p>Mobile: 07700 900123</p>
    </section>
    <label for="sms-text">Message</label><textarea id="sms-text"></textarea>
    <label for="note">Note</label><input id="note" type="text" value="keep me">
    <div id="rich" contenteditable="true"><p>Rich <b>text</b></p></div>`;
  const box = document.getElementById('sms-text') as HTMLTextAreaElement;
  box.value = ORIGINAL_MESSAGE;
  return { box, other: document.getElementById('note') as HTMLInputElement, editable: document.getElementById('rich')! };
}

/** Everything a message could change on the page, including field values (not in the markup). */
function snapshot(): string {
  const values = [...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value);
  return JSON.stringify({ title: document.title, markup: document.documentElement.outerHTML, values, active: document.activeElement?.id });
}

function prototypeKeys(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)]);
}

describe('the content script, sent thousands of hostile messages', () => {
  let chrome: FakeChrome;
  let controllerSlot: Record<symbol, AbortController | undefined>;
  let box: HTMLTextAreaElement;
  const protoBefore = prototypeKeys();

  beforeEach(() => {
    ({ box } = consultationPage());
    chrome = fakeChrome();
    startHostScript(window, chrome.api);
    // The user clicks into the message box (the caret goes to the end), as before using the panel.
    userClick(box);
    box.setSelectionRange(box.value.length, box.value.length);
    controllerSlot = window as unknown as Record<symbol, AbortController | undefined>;
  });
  afterEach(() => {
    controllerSlot[Symbol.for('nudge.host')]?.abort();
    expect(prototypeKeys()).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a well-formed Insert from the panel does change the message box (so the checks below can see a change)', async () => {
    const before = snapshot();
    const { replies } = await chrome.deliver({ type: 'nudge/insert', text: 'Hello Jane' }, PANEL_SENDER);
    expect(replies).toEqual([{ type: 'nudge/insert-reply', status: 'inserted', field: 'Message' }]);
    expect(box.value).toBe(`${ORIGINAL_MESSAGE}Hello Jane`);
    expect(snapshot()).not.toBe(before);
  });

  it('malformed, near-miss, oversized and polluting messages from the panel get no reply and change nothing', async () => {
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        fc.pre(parse(HostRequestSchema, message) === null); // only the malformed ones
        const { replies } = await chrome.deliver(message, PANEL_SENDER);
        expect(replies).toEqual([]);
        expect(snapshot()).toBe(before);
      }),
      { numRuns: RUNS },
    );
    expect(box.value).toBe(ORIGINAL_MESSAGE);
  });

  it('well-formed requests from another extension, a web page or a content script get no reply and change nothing', async () => {
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(validRequest, anyMessage), wrongSender, async (message, sender) => {
        const { replies } = await chrome.deliver(message, sender);
        expect(replies).toEqual([]);
        expect(snapshot()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('an Insert whose guard names a patient the page does not show is refused and changes nothing', async () => {
    const before = snapshot();
    const otherList = fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 30 }),
        fc.constantFrom('names', 'nhsNumbers', 'mobiles'),
        otherList,
        async (text, key, values) => {
          const shown = { names: ['Jane Smith'], nhsNumbers: ['9434765919'], mobiles: ['07700900123'] }[key];
          fc.pre(!(values.every((x) => shown.includes(x)) && shown.every((x) => values.includes(x))));
          const { replies } = await chrome.deliver({ type: 'nudge/insert', text, guard: { [key]: values } }, PANEL_SENDER);
          expect(replies).toHaveLength(1);
          expect(replies[0]).toMatchObject({ type: 'nudge/insert-reply', status: 'patient-changed' });
          expect(snapshot()).toBe(before);
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('a content script orphaned by an extension update stops answering, even to the panel', async () => {
    (chrome.api.runtime as { id?: string }).id = undefined;
    const before = snapshot();
    const { replies } = await chrome.deliver({ type: 'nudge/insert', text: 'Hello' }, PANEL_SENDER);
    expect(replies).toEqual([]);
    expect(snapshot()).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// The panel's receiving side

describe('the panel, sent thousands of hostile messages and replies', () => {
  const TAB = 7;
  const HOST_SENDER = () => ({ id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 0, url: 'http://127.0.0.1/consultation.html' });
  /** Deliver to runtime.onMessage listeners as the browser would, whatever the sender looks like. */
  const trigger = (message: unknown, sender: object) =>
    (fakeBrowser.runtime.onMessage.trigger as (m: unknown, s: object) => Promise<unknown>)(message, sender);

  it('only "page changed" from its own tab’s top frame makes the panel look again', async () => {
    const link = createHostLink(TAB);
    const changed = vi.fn();
    const stop = link.onChange(changed);
    await trigger({ type: 'nudge/page-changed' }, HOST_SENDER());
    expect(changed).toHaveBeenCalledTimes(1);
    changed.mockClear();

    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyMessage, fc.constant({ type: 'nudge/page-changed' })),
        fc.oneof(
          fc.constant({ sender: HOST_SENDER() as object, fromHost: true }),
          ...[
            { ...HOST_SENDER(), tab: { id: TAB + 1 } },
            { ...HOST_SENDER(), frameId: 2 },
            { ...HOST_SENDER(), id: 'another-extension-id' },
            { ...HOST_SENDER(), tab: undefined },
          ].map((sender) => fc.constant({ sender: sender as object, fromHost: false })),
          wrongSender.map((sender) => ({ sender: sender as object, fromHost: false })),
        ),
        async (message, { sender, fromHost }) => {
          changed.mockClear();
          await trigger(message, sender);
          const pageChanged = JSON.stringify(message) === '{"type":"nudge/page-changed"}';
          expect(changed).toHaveBeenCalledTimes(pageChanged && fromHost ? 1 : 0);
        },
      ),
      { numRuns: RUNS },
    );
    stop();
  });

  it('replies that are not exactly a hello or insert reply are dropped, never trusted', async () => {
    const link = createHostLink(TAB);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'https://clinical.example.nhs.uk/' } as never); // the bound tab exists
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyMessage, fc.constant({ type: 'nudge/insert-reply', status: 'inserted', field: 'Message', extra: 1 })),
        async (reply) => {
          send.mockResolvedValue(reply);
          const inserted = await link.insert('Hello', { names: ['Jane Smith'] });
          const hello = await link.hello();
          // A junk reply reads as "no answer", so the panel says the insert was not confirmed.
          expect(inserted).toBeNull();
          expect(hello).toEqual({ status: 'no-access' });
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The two validators must agree (tests/unit/host-protocol.test.ts checks this on its own
// generators; this adds the hostile ones above: polluting keys, oversized and near-miss values).

describe('the content script’s hand-written guards and the valibot schemas, on hostile input', () => {
  it('agree on every polluting, oversized or near-miss message', () => {
    fc.assert(
      fc.property(fc.oneof(polluted, nearMiss, validRequest), (message) => {
        expect(isHostRequest(message)).toBe(parse(HostRequestSchema, message) !== null);
      }),
      { numRuns: RUNS },
    );
  });
});
