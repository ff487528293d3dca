/**
 * The content script's hand-written validators and the valibot schemas accept and refuse exactly
 * the same requests, including the nested site profile, page cues and the surgery's numbers.
 * (tests/unit/fuzz-messages.test.ts fuzzes the handlers themselves.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCue, isGuard, isHostRequest, isSiteProfile } from '@/src/messaging/guards';
import { CueSchema, GuardSchema, HostRequestSchema, SiteProfileSchema, parse } from '@/src/messaging/protocol';

const str = (max: number) =>
  fc.oneof(fc.string({ maxLength: 6 }), fc.constant('x'.repeat(max)), fc.constant('x'.repeat(max + 1)), fc.constant('#sms, [data-x="1"]'));
/** Sometimes the wrong type, sometimes missing. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: arb }, fc.constant(undefined), fc.constant(null), fc.integer(), fc.constant([]), fc.constant({}));
const listOf = <T>(arb: fc.Arbitrary<T>, max: number) =>
  fc.oneof(fc.array(arb, { maxLength: 3 }), fc.array(arb, { minLength: max, maxLength: max + 1 }));

const cue = fc.record(
  { id: maybe(str(40)), url: maybe(str(300)), urlWord: maybe(str(300)), text: maybe(str(300)), label: fc.string() },
  { requiredKeys: [] },
);
const cues = maybe(listOf(cue, 300));
const profile = fc.record(
  {
    host: maybe(str(300)),
    nameSelector: maybe(str(300)),
    nhsNumberSelector: maybe(str(300)),
    mobileSelector: maybe(str(300)),
    messageBoxSelector: maybe(str(300)),
    cues,
    extra: fc.string(),
  },
  { requiredKeys: [] },
);
const list = maybe(listOf(str(200), 20));
const guard = fc.record({ names: list, nhsNumbers: list, mobiles: list, other: list }, { requiredKeys: [] });
const type = fc.constantFrom('nudge/hello', 'nudge/insert', 'nudge/stop', 'nudge/hello-reply', 'nudge/Insert');
const request = fc.record(
  { type, text: maybe(str(5000)), guard: maybe(guard), profile: maybe(profile), ignore: list, cues, field: fc.string() },
  { requiredKeys: ['type'] },
);

/** Requests close to valid ones: the right keys for the type, each value sometimes wrong. */
const nearValid = fc.oneof(
  fc.record({ type: fc.constant('nudge/hello'), profile: maybe(profile), ignore: list, cues }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('nudge/insert'), text: maybe(str(5000)), guard: maybe(guard), profile: maybe(profile), ignore: list }, { requiredKeys: ['type', 'text'] }),
  fc.constant({ type: 'nudge/stop' }),
);

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

describe('hand-written validators agree with the schemas', () => {
  it.each([
    ['requests', fc.oneof(request, nearValid), isHostRequest, HostRequestSchema],
    ['site profiles', profile, isSiteProfile, SiteProfileSchema],
    ['page cues', cue, isCue, CueSchema],
    ['guards', guard, isGuard, GuardSchema],
  ] as const)('%s', (_name, arb, hand, schema) => {
    let accepted = 0;
    fc.assert(
      fc.property(arb as fc.Arbitrary<unknown>, (m) => {
        const ok = hand(m);
        if (ok) accepted++;
        expect(ok).toBe(parse(schema, m) !== null);
      }),
      { numRuns: RUNS },
    );
    // The generators reach both sides: some messages pass, most do not.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(RUNS);
  });

  it.each<[string, unknown, boolean]>([
    ['hello with a profile, the surgery’s numbers and cues', { type: 'nudge/hello', profile: { host: 'https://a.example', messageBoxSelector: '#sms', cues: [{ id: 'results', url: '/results' }] }, ignore: ['01632 960123'], cues: [{ id: 'x', urlWord: 'results' }] }, true],
    ['insert with a guard naming mobiles', { type: 'nudge/insert', text: 'Hi', guard: { names: ['Jane Smith'], mobiles: ['07700900123'] } }, true],
    ['stop', { type: 'nudge/stop' }, true],
    ['stop with anything else', { type: 'nudge/stop', now: true }, false],
    ['a profile given as a list', { type: 'nudge/hello', profile: [] }, false],
    ['a cue with an unknown key', { type: 'nudge/hello', cues: [{ id: 'x', regex: '.*' }] }, false],
    ['a selector too long', { type: 'nudge/insert', text: '', profile: { host: 'h', nameSelector: 'x'.repeat(301) } }, false],
    ['an inherited key', Object.create({ polluted: true }, { type: { value: 'nudge/stop', enumerable: true } }), false],
  ])('%s: %s', (_case, message, ok) => {
    expect(isHostRequest(message)).toBe(ok);
    expect(parse(HostRequestSchema, message) !== null).toBe(ok);
  });
});
