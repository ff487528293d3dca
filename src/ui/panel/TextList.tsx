/**
 * Texts as a compact list: title, service and length on one line, Insert and Copy on each row,
 * the full text (with its counts, warnings, language versions, QR code and poster) on demand.
 * An ARIA grid with one Tab stop (see keyboard.ts): arrows move, Enter on a text inserts it,
 * Ctrl+C copies it.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../catalogue/templates';
import { serviceName } from '../../catalogue/service-names';
import { languagesOf, type VersionedTemplate } from '../../templates/in-force';
import { languageName } from '../../templates/store';
import { plainCount } from '../../sms/plain';
import { onGridFocus, onGridKey, settleGrid } from './keyboard';
import type { SendOptions } from './send-flow';
import { useLazy } from './use-lazy';
import { usePanel } from './use-panel';

const loadAnalyse = () => import('../../sms/analyse');
const loadMessageInfo = () => import('./MessageInfo');

export interface TextListProps {
  id: string;
  /** The list's accessible name (a heading's id, or words). */
  labelledBy?: string;
  label?: string;
  texts: readonly Template[];
  /** The prompt card the texts belong to, if any. */
  cardId?: string;
}

/** What a row's options are now: its language and a fix, kept per row while the panel is open. */
type RowOptions = Pick<SendOptions, 'language' | 'fixed'>;

export function TextList({ id, labelledBy, label, texts, cardId }: TextListProps) {
  const s = usePanel();
  const grid = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [options, setOptions] = useState<Record<string, RowOptions>>({});
  useLayoutEffect(() => settleGrid(grid.current));
  const optionsFor = (t: Template): SendOptions => ({ ...options[t.id], ...(cardId ? { cardId } : {}) });
  const byRow = (row: HTMLElement) => texts.find((t) => t.id === row.dataset.template);
  return (
    <div
      ref={grid}
      id={id}
      role="grid"
      class="text-grid"
      {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}
      aria-describedby="grid-keys"
      data-testid={id}
      onFocusIn={onGridFocus}
      onKeyDown={(e) =>
        onGridKey(e, {
          onInsert: (row) => {
            const t = byRow(row);
            if (t) void s.send.insert(t, optionsFor(t));
          },
          onCopy: (row) => {
            const t = byRow(row);
            if (t) void s.send.copy(t, optionsFor(t));
          },
        })
      }
    >
      {texts.map((t) => (
        <TextRow
          key={t.id}
          template={t}
          gridId={id}
          options={optionsFor(t)}
          open={open === t.id}
          onToggle={() => setOpen(open === t.id ? null : t.id)}
          onOptions={(o) => setOptions({ ...options, [t.id]: { ...options[t.id], ...o } })}
        />
      ))}
    </div>
  );
}

function TextRow(props: { template: Template; gridId: string; options: SendOptions; open: boolean; onToggle: () => void; onOptions: (o: RowOptions) => void }) {
  const { template: t, options: o } = props;
  const s = usePanel();
  const p = s.send.preview(t, o);
  const practice = s.practice.value;
  const id = `${props.gridId}-${t.id}`;
  const count = p.rendered.missing.length ? null : practice.countingRules === 'gsm' ? plainCount(p.text) : null;
  // Texts with characters outside the plain alphabet (or Notify's rules) are counted by the full analyser, loaded when needed.
  const analyse = useLazy(loadAnalyse, !count && !p.rendered.missing.length);
  const analysis = !count && analyse && !p.rendered.missing.length ? analyse.analyseMessage(p.text, { rules: practice.countingRules, partLimit: practice.partLimit }) : null;
  const fragments = count?.fragments ?? analysis?.fragments ?? null;
  const warn = (fragments !== null && fragments > practice.partLimit) || (analysis?.warnings.length ?? 0) > 0;
  const title = `${id}-title`;
  return (
    <>
      <div role="row" class="text-row" data-template={t.id} aria-labelledby={title}>
        <div role="gridcell" class="text-row-main" data-cell="text" tabIndex={-1}>
          <span class="row-title" id={title}>
            {t.title}
          </span>
          <span class="row-meta">
            {serviceName(t.service)}
            {fragments !== null ? ` · ${fragments} part${fragments === 1 ? '' : 's'}` : p.rendered.missing.length ? ' · asks for details' : ''}
          </span>
          {warn ? <span class="tag tag--warn">Check before sending</span> : null}
          {p.example ? (
            <span class="tag tag--training" data-testid="example-tag">
              Training: example surgery
            </span>
          ) : null}
          {p.blocking.length ? <span class="tag tag--setup">Needs practice set-up</span> : null}
        </div>
        <div role="gridcell" class="text-row-action">
          <button type="button" class="button button--small" data-cell="primary" aria-describedby={title} disabled={s.send.busy.value} onClick={() => void s.send.insert(t, o)}>
            Insert
          </button>
        </div>
        <div role="gridcell" class="text-row-action">
          <button type="button" class="button button--small button--secondary" data-cell aria-describedby={title} onClick={() => void s.send.copy(t, o)}>
            Copy
          </button>
        </div>
        <div role="gridcell" class="text-row-action">
          <button type="button" class="link-button" data-cell aria-expanded={props.open} aria-controls={`${id}-detail`} aria-describedby={title} onClick={props.onToggle}>
            {props.open ? 'Hide text' : 'Show text'}
          </button>
        </div>
      </div>
      {props.open ? <TextDetail id={`${id}-detail`} titleId={title} template={t} options={o} onOptions={props.onOptions} /> : null}
    </>
  );
}

/** The full text of one row, and what else can be done with it. */
function TextDetail(props: { id: string; titleId: string; template: VersionedTemplate; options: SendOptions; onOptions: (o: RowOptions) => void }) {
  const { template: t, options: o } = props;
  const s = usePanel();
  const p = s.send.preview(t, o);
  const practice = s.practice.value;
  const info = useLazy(loadMessageInfo);
  const languages = languagesOf(t);
  const language = p.version.language;
  return (
    <div role="row" id={props.id} class="text-row-detail" aria-labelledby={props.titleId} data-detail-for={t.id}>
      <div role="gridcell" class="text-row-full" data-cell tabIndex={-1}>
        <p class="card-text" lang={language} dir={p.version.dir} data-testid="text-preview">
          {p.text}
        </p>
        {p.example ? <p class="tag tag--training">Training: example surgery. Never send this to a patient.</p> : null}
        {info && !p.rendered.missing.length && !p.rendered.unknown.length ? (
          <info.MessageInfo text={p.text} rules={practice.countingRules} partLimit={practice.partLimit} onFix={(to) => props.onOptions({ fixed: { from: p.rendered.text, to } })} />
        ) : null}
      </div>
      {languages.length > 1
        ? languages.map((l) => (
            <div role="gridcell" key={l} class="text-row-action">
              <button type="button" class="button button--small button--secondary" data-cell aria-pressed={l === language} onClick={() => props.onOptions({ language: l, fixed: null })}>
                {languageName(l)}
              </button>
            </div>
          ))
        : null}
      {p.hasLink ? (
        <div role="gridcell" class="text-row-action">
          <button type="button" class="button button--small button--secondary" data-cell aria-describedby={props.titleId} onClick={() => void s.send.showQr(t, o)}>
            Show QR code
          </button>
        </div>
      ) : null}
      {p.link ? (
        <div role="gridcell" class="text-row-action">
          <button type="button" class="link-button" data-cell aria-describedby={props.titleId} onClick={() => void s.send.print(t, o)}>
            Print a poster
          </button>
        </div>
      ) : null}
    </div>
  );
}
