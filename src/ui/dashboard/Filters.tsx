/** The tallies' filters: date range, workstation, practice, week or month, training. Shared by Overview, Trends and Data. */
import { useEffect, useState } from 'preact/hooks';
import type { LogDatabase } from '../../log/db';
import { localDay } from '../../log/day';
import { practiceLabel, workstationLabel } from './labels';
import { PRACTICE_NOT_RECORDED } from '../../log/practice';
import { knownPractices, knownWorkstations, type TallyFilter } from '../../log/tallies';
import { workstationIdItem } from '../../settings/items';
import { loadEffectiveSettings } from '../../settings/effective';

export type FullFilter = Required<TallyFilter>;

/** The last twelve months (whole months up to today), grouped by month. */
export function defaultFilter(now = Date.now()): FullFilter {
  const d = new Date(now);
  return { from: localDay(new Date(d.getFullYear(), d.getMonth() - 11, 1)), to: localDay(d), workstation: '', includeTraining: false, groupBy: 'month', practice: '' };
}

export interface Workstations {
  ids: string[];
  own?: string;
  names: Map<string, string>;
}

/** The workstations in the log, this computer's id and its name. */
export function useWorkstations(db: LogDatabase, refresh: unknown = 0): Workstations {
  const [ws, setWs] = useState<Workstations>({ ids: [], names: new Map() });
  useEffect(() => {
    let live = true;
    void (async () => {
      const ids = await knownWorkstations(db).catch(() => [] as string[]);
      const own = await workstationIdItem.getValue().catch(() => undefined);
      const name = await loadEffectiveSettings()
        .then((e) => (e.settings as { workstationName?: string }).workstationName?.trim() ?? '')
        .catch(() => '');
      const names = new Map<string, string>();
      if (own && name) names.set(own, name);
      if (live) setWs({ ids, own, names });
    })();
    return () => {
      live = false;
    };
  }, [db, refresh]);
  return ws;
}

export interface Practices {
  /** ODS codes with offers in the log ('' for offers with none recorded), and their names. */
  codes: string[];
  names: Map<string, string>;
  /** This workstation's practice (ODS code), '' when not set. */
  own: string;
}

/** The practices in the log, with the names the backup files and this workstation's settings give them. */
export function usePractices(db: LogDatabase, refresh: unknown = 0): Practices {
  const [p, setP] = useState<Practices>({ codes: [], names: new Map(), own: '' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const known = await knownPractices(db).catch(() => ({ codes: [] as string[], names: new Map<string, string>() }));
      const s = await loadEffectiveSettings()
        .then((e) => e.settings)
        .catch(() => null);
      const own = s?.practiceOdsCode ?? '';
      if (own && s?.surgeryName.trim()) known.names.set(own, s.surgeryName.trim());
      if (live) setP({ ...known, own });
    })();
    return () => {
      live = false;
    };
  }, [db, refresh]);
  return p;
}

/** The label of a practice filter value ('' is every practice). */
export function practiceFilterLabel(value: string, practices: Practices): string {
  if (!value) return 'all practices';
  return value === PRACTICE_NOT_RECORDED ? 'offers with no practice recorded' : practiceLabel(value, practices.names);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function Filters({
  idPrefix,
  value,
  onChange,
  workstations,
  practices,
}: {
  idPrefix: string;
  value: FullFilter;
  onChange: (f: FullFilter) => void;
  workstations: Workstations;
  /** When given and the log holds more than one practice (or offers with none recorded), a practice choice is shown. */
  practices?: Practices;
}) {
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const error = !DAY.test(from) || !DAY.test(to) ? 'Enter both dates in full.' : from > to ? 'The start date must be on or before the end date.' : null;
  useEffect(() => {
    if (!error && (from !== value.from || to !== value.to)) onChange({ ...value, from, to });
  }, [from, to, error]);
  const id = (s: string) => `${idPrefix}-${s}`;
  const ids = workstations.ids.includes(value.workstation) || !value.workstation ? workstations.ids : [...workstations.ids, value.workstation];
  return (
    <fieldset class="filters">
      <legend>Show offers</legend>
      <div class="filters-row">
        <div class="field">
          <label for={id('from')}>From</label>
          <input id={id('from')} type="date" value={from} max={to} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? id('error') : undefined} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={id('to')}>To</label>
          <input id={id('to')} type="date" value={to} min={from} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? id('error') : undefined} onInput={(e) => setTo(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={id('ws')}>Workstation</label>
          <select id={id('ws')} value={value.workstation} onChange={(e) => onChange({ ...value, workstation: e.currentTarget.value })}>
            <option value="">All workstations</option>
            {ids.map((w) => (
              <option key={w} value={w}>
                {workstationLabel(w, workstations.names, workstations.own)}
              </option>
            ))}
          </select>
        </div>
        {practices && (practices.codes.length > 1 || value.practice) ? (
          <div class="field">
            <label for={id('practice')}>Practice</label>
            <select id={id('practice')} value={value.practice} onChange={(e) => onChange({ ...value, practice: e.currentTarget.value })}>
              <option value="">All practices</option>
              {practices.codes.map((c) => (
                <option key={c || 'none'} value={c || PRACTICE_NOT_RECORDED}>
                  {c ? practiceLabel(c, practices.names) : 'Not recorded (offers from before practices were recorded)'}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div class="field">
          <label for={id('group')}>Group by</label>
          <select id={id('group')} value={value.groupBy} onChange={(e) => onChange({ ...value, groupBy: e.currentTarget.value === 'week' ? 'week' : 'month' })}>
            <option value="month">Month</option>
            <option value="week">Week (Monday to Sunday)</option>
          </select>
        </div>
        <div class="field field--check">
          <input id={id('training')} type="checkbox" checked={value.includeTraining} onChange={(e) => onChange({ ...value, includeTraining: e.currentTarget.checked })} />
          <label for={id('training')}>Include training offers</label>
        </div>
      </div>
      {error ? (
        <p id={id('error')} role="alert" class="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
