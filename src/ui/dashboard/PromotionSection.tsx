/**
 * Dashboard → Promotion kit (issue 17, item 1): for one service at a time, ready wording for every
 * channel the guidance names, filled with the surgery's details, each with its length against the
 * channel's limit, Copy, Download and Print, QR codes on printed channels, and the surgery's own
 * edited or added versions. Wording that needs details the surgery has not set up is shown only as
 * a marked preview, and cannot be copied, downloaded or printed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CHANNELS, CHANNEL_IDS, PROMOTION_WORDING, SEASONS, STORY_CONSENT, inSeason, type ChannelId, type PromotionWording } from '../../catalogue/promotion';
import { serviceName, type ServiceId } from '../../catalogue/services';
import { localDay } from '../../log/day';
import { checkPromotion } from '../../promotion/checks';
import { fillWording, notReadyReason, type Filled } from '../../promotion/fill';
import { websiteHtml } from '../../promotion/html';
import { measureFor } from '../../promotion/measure';
import {
  EMPTY_PROMOTION_STATE,
  dueForCheck,
  effectiveWording,
  loadPromotionState,
  newWordingId,
  putWording,
  removeWording,
  updatePromotionState,
  type EffectiveWording,
  type PromotionState,
  type WordingDraft,
} from '../../promotion/store';
import type { Settings } from '../../settings/model';
import { QrCode } from '../qr/QrCode';
import { WordingEditor } from './PromotionEditor';
import type { SectionProps } from './sections';
import { initialService, printPart, saveFile, ServicePicker, slug, useSettings } from './kit-shared';
import '../qr/qr.css';
import './Templates.css';
import './kit.css';

/** Where the section reads and writes; the real ones use browser.storage, tests pass their own. */
export interface PromotionDeps {
  loadSettings?: () => Promise<Settings>;
  load?: () => Promise<PromotionState>;
  update?: (change: (s: PromotionState) => PromotionState) => Promise<PromotionState>;
  writeClipboard?: (text: string) => Promise<void>;
  print?: () => void;
  now?: number;
}

type View = { kind: 'list' } | { kind: 'edit'; draft: WordingDraft; heading: string };

const ORIGIN_TAG: Record<EffectiveWording['origin'], string | null> = { default: null, edited: 'Changed by your surgery', own: 'Your surgery’s own version' };

/** The wording for a channel, seasonal posts in season first, then everyday ones, then the rest. */
function ordered(list: EffectiveWording[], month: number): EffectiveWording[] {
  const rank = (w: EffectiveWording) => (w.season ? (inSeason(w.season, month) ? 0 : 2) : 1);
  return [...list].sort((a, b) => rank(a) - rank(b));
}

/** The kit for a service as plain text: every piece that is ready, under its channel and limit. */
export function kitText(service: ServiceId, items: { w: EffectiveWording; f: Filled }[], surgeryName: string, today: string): string {
  const out = [`${serviceName(service)}: promotion kit${surgeryName ? ` for ${surgeryName}` : ''}`, `Made with Nudge on ${today}.`, ''];
  for (const c of CHANNEL_IDS) {
    const mine = items.filter((x) => x.w.channel === c);
    if (!mine.length) continue;
    for (const { w, f } of mine) {
      out.push(`== ${CHANNELS[c].name}${w.season ? ` (${SEASONS[w.season].label})` : ''}: ${w.title} ==`);
      out.push(f.ready ? f.text : `[Not included: ${notReadyReason(f)}]`, '');
    }
  }
  return `${out.join('\n')}\n`;
}

export function PromotionSection(props: Partial<SectionProps> & PromotionDeps) {
  const load = props.load ?? loadPromotionState;
  const update = props.update ?? updatePromotionState;
  const writeClipboard = props.writeClipboard ?? ((t: string) => navigator.clipboard.writeText(t));
  const { settings, error: settingsError } = useSettings(props.loadSettings);
  const [state, setState] = useState<PromotionState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [service, setService] = useState<ServiceId>(() => initialService());
  const [view, setView] = useState<View>({ kind: 'list' });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const now = props.now ?? Date.now();
  const today = localDay(now);
  const month = new Date(now).getMonth() + 1;

  useEffect(() => {
    load()
      .then(setState)
      .catch((e: unknown) => {
        setState(EMPTY_PROMOTION_STATE);
        setLoadError(`Your surgery’s own wording could not be read (${(e as Error)?.message ?? e}). Nudge’s wording is shown.`);
      });
  }, []);

  const all = useMemo(() => (state ? effectiveWording(PROMOTION_WORDING, state) : []), [state]);
  const practice = settings;
  const mine = useMemo(
    () => (practice ? all.filter((w) => w.service === service).map((w) => ({ w, f: fillWording(w.body, practice) })) : []),
    [all, service, practice],
  );

  if (!state || !practice) {
    return (
      <section aria-labelledby="promo-h" aria-busy="true">
        <h2 id="promo-h">Promotion kit</h2>
        <p>Loading…</p>
      </section>
    );
  }

  async function commit(change: (s: PromotionState) => PromotionState, message: string): Promise<boolean> {
    try {
      setState(await update(change));
      setStatus({ kind: 'ok', text: message });
      return true;
    } catch (e) {
      setStatus({ kind: 'error', text: `Not saved: ${(e as Error)?.message ?? e}. Your wording is as it was.` });
      return false;
    }
  }

  if (view.kind === 'edit') {
    return (
      <WordingEditor
        heading={view.heading}
        initial={view.draft}
        practice={practice}
        onCancel={() => setView({ kind: 'list' })}
        onSave={async (draft) => {
          if (await commit((s) => putWording(s, PROMOTION_WORDING, draft, Date.now()), `Saved “${draft.title}”.`)) setView({ kind: 'list' });
        }}
      />
    );
  }

  const name = serviceName(service);
  const surgeryName = practice.surgeryName.trim();
  const notReady = mine.filter((x) => !x.f.ready);
  const copy = (w: EffectiveWording, f: Filled) =>
    writeClipboard(f.text).then(
      () => setStatus({ kind: 'ok', text: `Copied “${w.title}”.` }),
      (e: unknown) => setStatus({ kind: 'error', text: `Could not copy (${(e as Error)?.name ?? 'error'}). Select the wording and copy it instead.` }),
    );
  const downloadText = (w: EffectiveWording, f: Filled) => {
    saveFile(new Blob([`${f.text}\n`], { type: 'text/plain;charset=utf-8' }), `${slug(name)}-${slug(w.title)}.txt`);
    setStatus({ kind: 'ok', text: `Downloaded “${w.title}” as text. Check your downloads folder.` });
  };
  const website = (c: ChannelId) => mine.find((x) => x.w.channel === c && x.f.ready);
  const downloadHtml = () => {
    const banner = website('website-banner');
    const section = website('website-section');
    if (!banner && !section) {
      setStatus({ kind: 'error', text: 'Nothing to download for the website yet: set up your surgery’s details in Settings first.' });
      return;
    }
    const html = websiteHtml({ serviceName: name, surgeryName: surgeryName || 'your surgery', banner: banner?.f.text, section: section?.f.text, slug: service });
    saveFile(new Blob([html], { type: 'text/html;charset=utf-8' }), `${slug(name)}-website.html`);
    setStatus({ kind: 'ok', text: 'Downloaded the website banner and section as HTML, for your website provider. Check your downloads folder.' });
  };
  const printOne = (id: string) => {
    const el = cards.current.get(id);
    if (el) printPart(el, props.print);
  };

  return (
    <section aria-labelledby="promo-h" class="kit" aria-busy="false">
      <h2 id="promo-h">Promotion kit</h2>
      <p class="kit-intro no-print">
        Ready wording to tell patients about each online service in every place the guidance suggests: your website, newsletter, letters, review reminders, phone
        message, social media and your patient group’s information point. It is filled with your surgery’s details, and each piece shows its length against its
        channel’s limit. You can change any of it, or add your own versions.
      </p>
      {settingsError || loadError ? (
        <p role="alert" class="notice notice--error">
          {settingsError ?? loadError}
        </p>
      ) : null}
      {notReady.length ? (
        <div class="notice notice--warning no-print" data-testid="kit-not-set-up">
          <p>
            {notReady.length === mine.length ? 'None' : `${mine.length - notReady.length} of ${mine.length}`} of the pieces for this service can be used yet. The
            others need details your surgery has not set up, so they are shown as previews filled with an example surgery, and cannot be copied, downloaded or
            printed.
          </p>
          <p>
            <a href="#settings">Set up your surgery’s details in Settings</a>
          </p>
        </div>
      ) : null}
      <ServicePicker id="promo-service" value={service} onChange={(s) => (setService(s), setStatus(null), setConfirm(null))} />
      <p class="print-only">
        {name}: promotion kit{surgeryName ? ` for ${surgeryName}` : ''}. Printed {today}.
      </p>
      <div class="kit-actions">
        <button type="button" class="button button--secondary" onClick={() => (props.print ?? (() => window.print()))()}>
          Print the kit
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            saveFile(new Blob([kitText(service, mine, surgeryName, today)], { type: 'text/plain;charset=utf-8' }), `${slug(name)}-promotion-kit.txt`);
            setStatus({ kind: 'ok', text: 'Downloaded the kit as text. Check your downloads folder.' });
          }}
        >
          Download the kit (text)
        </button>
        <button type="button" class="button button--secondary" onClick={downloadHtml}>
          Download for the website (HTML)
        </button>
      </div>
      <p role="status" aria-live="polite" class={status ? `notice no-print ${status.kind === 'error' ? 'notice--error' : 'notice--success'}` : 'visually-hidden'} data-testid="kit-status">
        {status?.text ?? ''}
      </p>

      {CHANNEL_IDS.map((c) => {
        const def = CHANNELS[c];
        const list = ordered(
          mine.filter((x) => x.w.channel === c).map((x) => x.w),
          month,
        );
        const hid = `kit-${c}-h`;
        return (
          <section key={c} class="kit-channel" aria-labelledby={hid} data-channel={c}>
            <h3 id={hid}>{def.name}</h3>
            <p class="no-print">{def.use}</p>
            <p class="kit-limit">
              <strong>Limit:</strong> {def.limit.why}
            </p>
            <ul class="kit-list">
              {list.map((w) => {
                const f = mine.find((x) => x.w === w)!.f;
                const m = measureFor(c, f.text, practice.countingRules);
                const checks = checkPromotion(w.body, c, { practice }).filter((x) => x.level !== 'info');
                const due = dueForCheck(w, today);
                const reason = notReadyReason(f);
                const tid = `kit-${w.id}-title`;
                const tag = ORIGIN_TAG[w.origin];
                return (
                  <li
                    key={w.id}
                    class={`card kit-card${f.ready ? '' : ' kit-card--preview'}`}
                    aria-labelledby={tid}
                    data-wording={w.id}
                    ref={(el) => {
                      if (el) cards.current.set(w.id, el);
                      else cards.current.delete(w.id);
                    }}
                  >
                    <h4 id={tid}>{w.title}</h4>
                    <p class="kit-tags">
                      {f.preview ? <span class="tag tag--preview">Preview only: example surgery</span> : null}
                      {w.season ? (
                        <span class={inSeason(w.season, month) ? 'tag tag--green' : 'tag tag--grey'}>
                          {SEASONS[w.season].label}
                          {inSeason(w.season, month) ? ': in season now' : ''}
                        </span>
                      ) : null}
                      {tag ? <span class="tag">{tag}</span> : null}
                    </p>
                    {reason ? (
                      <p class="notice notice--warning" data-testid="kit-preview-reason">
                        {reason}
                      </p>
                    ) : null}
                    <p class="card-text" data-testid="kit-text">
                      {f.text}
                    </p>
                    <p class={m.ok ? 'kit-measure' : 'kit-measure kit-measure--over'} data-testid="kit-measure">
                      Length: {m.text}.{m.ok ? '' : ' Over the limit.'}
                    </p>
                    {checks.length ? (
                      <ul class="kit-checks" aria-label={`Suggestions for ${w.title}`}>
                        {checks.map((x) => (
                          <li key={x.id + x.message}>{x.message}</li>
                        ))}
                      </ul>
                    ) : null}
                    {due ? (
                      <p class="notice notice--warning" data-testid="kit-due">
                        {due}
                      </p>
                    ) : null}
                    {w.storyPrompt ? (
                      <div class="kit-story">
                        <h5>Add a patient’s story</h5>
                        <p>{w.storyPrompt}</p>
                        <p>{STORY_CONSENT}</p>
                      </div>
                    ) : null}
                    {def.qr && f.ready && f.link ? <QrCode url={f.link} size={160} /> : null}
                    <div class="card-actions no-print">
                      <button type="button" class="button" aria-describedby={tid} disabled={!f.ready} onClick={() => void copy(w, f)}>
                        Copy
                      </button>
                      <button type="button" class="button button--secondary" aria-describedby={tid} disabled={!f.ready} onClick={() => downloadText(w, f)}>
                        Download (text)
                      </button>
                      <button type="button" class="button button--secondary" aria-describedby={tid} disabled={!f.ready} onClick={() => printOne(w.id)}>
                        Print
                      </button>
                      <button
                        type="button"
                        class="button button--secondary"
                        aria-describedby={tid}
                        onClick={() =>
                          setView({ kind: 'edit', heading: `Edit “${w.title}”`, draft: { id: w.id, service: w.service, channel: w.channel, title: w.title, body: w.body, ...(w.season ? { season: w.season } : {}) } })
                        }
                      >
                        Edit
                      </button>
                      {w.origin !== 'default' ? (
                        <button type="button" class="button button--secondary" aria-describedby={tid} aria-expanded={confirm === w.id} onClick={() => setConfirm(confirm === w.id ? null : w.id)}>
                          {w.origin === 'own' ? 'Delete' : 'Use Nudge’s wording'}
                        </button>
                      ) : null}
                    </div>
                    {confirm === w.id ? (
                      <div class="notice no-print">
                        <p>{w.origin === 'own' ? `Delete “${w.title}”? This cannot be undone.` : 'Your surgery’s wording will be replaced with Nudge’s:'}</p>
                        {w.origin === 'edited' && w.defaultBody ? <p class="card-text">{w.defaultBody}</p> : null}
                        <button
                          type="button"
                          class="button button--warning"
                          onClick={() => {
                            setConfirm(null);
                            void commit((s) => removeWording(s, w.id), w.origin === 'own' ? `Deleted “${w.title}”.` : `“${w.title}” is back to Nudge’s wording.`);
                          }}
                        >
                          {w.origin === 'own' ? 'Delete it' : 'Use Nudge’s wording'}
                        </button>{' '}
                        <button type="button" class="button button--secondary" onClick={() => setConfirm(null)}>
                          Keep it
                        </button>
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <p class="no-print">
              <button
                type="button"
                class="button button--secondary"
                aria-describedby={hid}
                onClick={() =>
                  setView({
                    kind: 'edit',
                    heading: `Add your own ${def.name.toLowerCase()} for ${name}`,
                    draft: { id: newWordingId(all.map((x) => x.id)), service, channel: c, title: `${def.name}: our own version`, body: list[0]?.body ?? '' },
                  })
                }
              >
                Add your own version
              </button>
            </p>
          </section>
        );
      })}
    </section>
  );
}

export type { PromotionWording };
