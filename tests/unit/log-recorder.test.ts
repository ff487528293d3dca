/** The one recorder (src/log/recorder.ts): who an offer is recorded as, exactly once, retried, in plain words. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/src/log/db';
import { createOfferRecorder, recordingSource, withRetries, type OfferEntry, type RecorderStatus } from '@/src/log/recorder';
import { createDbWriter } from '@/src/log/db-writer';
import { countToday } from '@/src/log/record';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/model';
import { DEFAULT_PREFS, type PanelPrefs } from '@/src/settings/prefs';
import { createPrintRecorder } from '@/src/ui/print/start';

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`recorder-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const ENTRY: OfferEntry = { service: 'nhs-app', item: 'nhs-app-signup-short', via: 'template', channel: 'copied', outcome: 'offered', language: 'en' };
const prefs = (p: Partial<PanelPrefs> = {}): PanelPrefs => ({ ...DEFAULT_PREFS, ...p });
const settings = (s: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...s });

describe('who an offer is recorded as (the same for the panel and the print page)', () => {
  it.each([
    ['nothing chosen: the practice’s default role and its usual setting', prefs(), settings({ defaultRole: 'clinician' }), { role: 'clinician', setting: 'consultation', training: false }],
    ['the role chosen in the panel wins over the default', prefs({ role: 'receptionist' }), settings({ defaultRole: 'clinician' }), { role: 'receptionist', setting: 'phone', training: false }],
    ['a setting chosen stays', prefs({ role: 'receptionist', setting: 'front-desk' }), settings(), { role: 'receptionist', setting: 'front-desk', training: false }],
    ['training switched on by staff', prefs({ training: true }), settings(), { training: true }],
    ['training switched on, but the practice does not allow it', prefs({ training: true }), settings({ trainingModeAllowed: false }), { training: false }],
    ['training forced by the practice for this computer', prefs(), settings({ trainingMode: true }), { training: true }],
    ['the log switched off', prefs(), settings({ loggingEnabled: false }), { logging: false }],
  ] as const)('%s', (_name, p, s, expected) => {
    expect(recordingSource(p, s, 'ws-1')).toMatchObject({ workstation: 'ws-1', ...expected });
  });
});

describe('the recorder', () => {
  const make = (source = recordingSource(prefs(), settings(), 'ws-1'), writer = createDbWriter(() => db)) => {
    const statuses: RecorderStatus[] = [];
    const recorder = createOfferRecorder({ writer, source: () => source, onStatus: (s) => statuses.push(s), retry: { wait: () => 1 } });
    return { recorder, statuses };
  };

  it('knows the offer at once (its id is final), writes it with its counts, and reports today’s count', async () => {
    const { recorder, statuses } = make();
    const p = recorder.record(ENTRY)!;
    expect(p.offer).toMatchObject({ ...ENTRY, role: 'receptionist', setting: 'phone', workstation: 'ws-1', training: 0, deleted: 0 });
    expect(await p.written).toBe(true);
    expect(await db.offers.get(p.offer.id)).toEqual(p.offer);
    expect(statuses.at(-1)).toEqual({ error: null, today: 1 });
  });

  it('writing the same offer twice (a retried message, the background and the panel both) counts it once', async () => {
    const { recorder } = make();
    const offer = recorder.prepare(ENTRY)!;
    await Promise.all([recorder.write(offer).written, recorder.write(offer).written, recorder.write(offer).written]);
    expect(await db.offers.count()).toBe(1);
    expect(await countToday(db, 'ws-1')).toBe(1);
  });

  it('an outcome changed before the offer is written waits for it (and is not lost)', async () => {
    const { recorder } = make();
    const p = recorder.record(ENTRY)!;
    expect(await recorder.setOutcome(p.offer.id, 'accepted')).toBe(true);
    expect((await db.offers.get(p.offer.id))?.outcome).toBe('accepted');
    expect(await countToday(db, 'ws-1')).toBe(1);
  });

  it('with the log switched off, nothing is prepared or written', async () => {
    const { recorder } = make(recordingSource(prefs(), settings({ loggingEnabled: false }), 'ws-1'));
    expect(recorder.record(ENTRY)).toBeNull();
    expect(recorder.prepare(ENTRY)).toBeNull();
    expect(await db.offers.count()).toBe(0);
  });

  it('a failing write is tried three times, says it is trying again, then says in plain words that the offer was not counted', async () => {
    const real = createDbWriter(() => db);
    let calls = 0;
    const closed = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });
    const { recorder, statuses } = make(undefined, { ...real, record: async () => (calls++, Promise.reject(closed)) });
    expect(await recorder.record(ENTRY)!.written).toBe(false);
    expect(calls).toBe(3);
    expect(statuses.map((s) => s.error)).toEqual([
      'The log was closed by another Nudge page. Reload this page. Trying again…',
      'The log was closed by another Nudge page. Reload this page. Trying again…',
      'The log was closed by another Nudge page. Reload this page. This offer was not counted; the text itself was not affected.',
    ]);
  });

  it('a failure the writer already retried and described (the background’s) is shown as it is, and not retried again', async () => {
    const real = createDbWriter(() => db);
    let calls = 0;
    const { recorder, statuses } = make(undefined, { ...real, record: async () => (calls++, { ok: false as const, error: 'The computer’s disk is full.' }) });
    expect(await recorder.record(ENTRY)!.written).toBe(false);
    expect(calls).toBe(1);
    expect(statuses.at(-1)?.error).toBe('The computer’s disk is full. This offer was not counted; the text itself was not affected.');
  });

  it('withRetries gives up after the tries it was given, with the last error', async () => {
    let n = 0;
    await expect(withRetries(async () => Promise.reject(new Error(`try ${++n}`)), { tries: 2, wait: () => 0 })).rejects.toThrow('try 2');
    expect(await withRetries(async () => (++n > 3 ? 'ok' : Promise.reject(new Error('not yet'))), { tries: 5, wait: () => 0 })).toBe('ok');
  });
});

describe('the print page records through the same recorder', () => {
  it('a poster printed in training mode by a clinician is training, by a clinician, in a consultation, and left out of the day’s count', async () => {
    const printing = createPrintRecorder({
      prefs: () => prefs({ role: 'clinician', training: true }),
      settings: () => settings({ defaultRole: 'receptionist' }),
      workstation: 'ws-print',
      writer: createDbWriter(() => db),
    });
    await printing.recordPrinted({ templateId: 'repeat-prescriptions-short', service: 'repeat-prescriptions', language: 'en' });
    const [offer] = await db.offers.toArray();
    expect(offer).toMatchObject({ via: 'print', channel: 'print', role: 'clinician', setting: 'consultation', training: 1, workstation: 'ws-print', item: 'repeat-prescriptions-short' });
    expect(await countToday(db, 'ws-print')).toBe(0);
  });

  it('the role and setting chosen in the panel after the page opened are the ones used', async () => {
    let current = prefs({ role: 'receptionist' });
    const printing = createPrintRecorder({ prefs: () => current, settings: () => settings(), workstation: 'ws-print', writer: createDbWriter(() => db) });
    current = prefs({ role: 'receptionist', setting: 'front-desk' });
    await printing.recordPrinted({ templateId: null, service: 'nhs-app', language: 'en' });
    expect((await db.offers.toArray())[0]).toMatchObject({ role: 'receptionist', setting: 'front-desk', training: 0, item: '' });
    expect(await countToday(db, 'ws-print')).toBe(1);
  });

  it('a poster that could not be counted says why in plain words', async () => {
    const real = createDbWriter(() => db);
    const quota = Object.assign(new Error('q'), { name: 'QuotaExceededError' });
    const printing = createPrintRecorder({ prefs: () => prefs(), settings: () => settings(), workstation: 'ws', writer: { ...real, record: () => Promise.reject(quota) } });
    await expect(printing.recordPrinted({ templateId: null, service: 'nhs-app', language: 'en' })).rejects.toThrow(/disk is full.*not counted/);
  }, 10_000);
});
