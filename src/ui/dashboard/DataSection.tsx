/** Data: exports (tallies CSV, offers CSV, backup JSON), importing backups, automatic backups, merging a folder, storage and retention. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isAbort, type Progress } from '../../log/abort';
import { rebuildCounts } from '../../log/counts';
import type { LogDatabase } from '../../log/db';
import { localDay } from '../../log/day';
import { describeWriteError } from '../../log/errors';
import { ImportError } from '../../log/exchange';
import { exportBackup, exportOffersCsv, exportTalliesCsv } from '../../log/export';
import { importBackup, type ImportSummary } from '../../log/merge';
import { requestPersistence, type Persistence } from '../../log/persist';
import { DEFAULT_RETENTION_MONTHS } from '../../log/retention';
import { workstationIdItem } from '../../settings/items';
import { loadEffectiveSettings } from '../../settings/effective';
import { loadChecklists, mergeStoredChecklists } from '../../checklist/store';
import { defaultFilter, Filters, usePractices, useWorkstations, type FullFilter } from './Filters';
import { AutoBackupPanel } from './AutoBackupPanel';
import { FolderMerge } from './FolderMerge';
import { loadItemTitles } from './labels';
import { saveFile } from './save-file';
import './overview.css';

interface Task {
  label: string;
  progress: Progress;
  controller: AbortController;
}

const n = (x: number) => x.toLocaleString('en-GB');

export function DataSection({ db, now }: { db: LogDatabase; now?: number }) {
  const [filter, setFilter] = useState<FullFilter>(() => defaultFilter(now));
  const [task, setTask] = useState<Task | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [persist, setPersist] = useState<Persistence | null>(null);
  const [retention, setRetention] = useState(DEFAULT_RETENTION_MONTHS);
  const [refresh, setRefresh] = useState(0);
  const files = useRef<HTMLInputElement>(null);
  const ws = useWorkstations(db, refresh);
  const practices = usePractices(db, refresh);

  useEffect(() => {
    void requestPersistence().then(setPersist);
    void loadEffectiveSettings()
      .then((e) => {
        const m = (e.settings as { retentionMonths?: number }).retentionMonths;
        if (typeof m === 'number' && m > 0) setRetention(m);
      })
      .catch(() => {});
  }, []);

  /** Run a long task with progress and Cancel; one at a time. */
  async function run(label: string, work: (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<string>) {
    if (task) return;
    const controller = new AbortController();
    setMessage(null);
    setSummary(null);
    setTask({ label, progress: { done: 0, total: 0 }, controller });
    const onProgress = (progress: Progress) => setTask((t) => (t && t.controller === controller ? { ...t, progress } : t));
    try {
      const text = await work(controller.signal, onProgress);
      setMessage({ kind: 'success', text });
    } catch (e) {
      if (controller.signal.aborted || isAbort(e)) setMessage({ kind: 'error', text: `${label} was cancelled. Nothing was changed.` });
      else if (e instanceof ImportError) setMessage({ kind: 'error', text: e.message });
      else setMessage({ kind: 'error', text: `${label} did not finish. ${describeWriteError(e)}` });
    } finally {
      setTask(null);
    }
  }

  const today = localDay(now ?? Date.now());
  const wsId = async () => (ws.own ?? (await workstationIdItem.getValue()));

  const exportTallies = () =>
    run('Exporting tallies', async () => {
      saveFile(await exportTalliesCsv(db, filter), `nudge-tallies-${filter.from}-to-${filter.to}.csv`);
      return 'The tallies were exported. Check your downloads folder.';
    });
  const exportOffers = () =>
    run('Exporting offers', async (signal, onProgress) => {
      saveFile(await exportOffersCsv(db, { ...filter, titles: await loadItemTitles(), signal, onProgress }), `nudge-offers-${filter.from}-to-${filter.to}.csv`);
      return 'The offers were exported. Check your downloads folder.';
    });
  const exportAll = () =>
    run('Exporting the backup', async (signal, onProgress) => {
      const id = await wsId();
      const s = await loadEffectiveSettings()
        .then((e) => e.settings)
        .catch(() => null);
      const about = s ? { workstationName: s.workstationName.trim(), practice: { odsCode: s.practiceOdsCode, name: s.surgeryName.trim() } } : {};
      // The pathway checklists travel with the offers (backup version 2).
      // A checklist problem never stops the offers being backed up.
      const checklists = await loadChecklists().catch(() => undefined);
      saveFile(await exportBackup(db, { workstation: id, ...about, signal, onProgress, checklists }), `nudge-backup-${id.slice(0, 8)}-${today}.json`);
      return `The backup was exported. Keep it somewhere safe, or import it on the practice manager’s computer.${checklists ? '' : ' The pathway checklists on this computer could not be read, so they are not in it.'}`;
    });
  const importFiles = () => {
    const chosen = [...(files.current?.files ?? [])];
    if (chosen.length === 0) {
      setMessage({ kind: 'error', text: 'Choose one or more backup files to import.' });
      files.current?.focus();
      return;
    }
    void run('Importing', async (signal, onProgress) => {
      const s = await importBackup(db, chosen, { signal, onProgress, mergeChecklists: mergeStoredChecklists });
      setSummary(s);
      setRefresh((x) => x + 1);
      if (files.current) files.current.value = '';
      return `Imported ${s.files === 1 ? '1 file' : `${n(s.files)} files`}.`;
    });
  };
  const recount = () =>
    run('Recounting', async () => {
      await rebuildCounts(db);
      return 'The tallies were recounted from every offer in the log.';
    });

  const p = task?.progress;
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Export and import</h2>

      <h3>Export</h3>
      <p>Tallies and offers use the dates and filters below. The backup holds every offer on this computer, for importing on another.</p>
      <Filters idPrefix="dt" value={filter} onChange={setFilter} workstations={ws} practices={practices} />
      <div class="data-actions">
        <button type="button" class="button" disabled={!!task} onClick={exportTallies}>
          Export tallies (CSV)
        </button>
        <button type="button" class="button button--secondary" disabled={!!task} onClick={exportOffers}>
          Export offers (CSV)
        </button>
        <button type="button" class="button button--secondary" disabled={!!task} onClick={exportAll}>
          Export backup (JSON)
        </button>
      </div>
      <p>The files hold what was offered and how it went, never who it was offered to.</p>

      <h3>Import backups from other workstations</h3>
      <p>Importing the same backup again adds nothing. When an offer was changed, the latest change is kept; an undone offer stays undone.</p>
      <div class="field">
        <label for="import-files">Backup files (JSON)</label>
        <input ref={files} id="import-files" type="file" multiple accept=".json,application/json" disabled={!!task} />
      </div>
      <p>
        <button type="button" class="button" disabled={!!task} onClick={importFiles}>
          Import
        </button>
      </p>

      {task && p ? (
        <div class="notice" data-testid="progress">
          <label for="task-progress">{task.label}</label>
          <progress id="task-progress" class="progress" max={p.total || 1} value={p.total ? p.done : undefined} />
          <p aria-live="polite">{p.total ? `${n(p.done)} of ${n(p.total)} offers` : 'Starting…'}</p>
          <button type="button" class="button button--secondary" onClick={() => task.controller.abort()}>
            Cancel
          </button>
        </div>
      ) : null}

      {message?.kind === 'error' ? (
        <p role="alert" class="notice notice--error" data-testid="data-alert">
          {message.text}
        </p>
      ) : null}
      {message?.kind === 'success' ? (
        <div role="status" class="notice notice--success" data-testid="data-status">
          <p>{message.text}</p>
          {summary ? (
            <ul data-testid="import-summary">
              <li>{n(summary.added)} offers added</li>
              <li>{n(summary.updated)} offers updated</li>
              <li>{n(summary.unchanged)} offers already here</li>
              {summary.checklists ? (
                <li data-testid="import-checklists">
                  {n(summary.checklists.added)} pathway checklist answers added, {n(summary.checklists.updated)} updated
                </li>
              ) : null}
            </ul>
          ) : null}
        </div>
      ) : null}

      <AutoBackupPanel />
      <FolderMerge db={db} now={now} workstations={ws} practices={practices} onMerged={() => setRefresh((x) => x + 1)} />

      <h3>Storage</h3>
      <p data-testid="persistence">
        {persist === null
          ? 'Checking storage…'
          : persist === 'granted'
            ? 'The browser keeps this log even when the disk is low on space.'
            : 'The browser may clear this log if the disk runs low on space. Export a backup regularly.'}
      </p>
      <p>Offers older than {retention} months are deleted each day. Change this in Settings.</p>
      <p>
        <button type="button" class="button button--secondary" disabled={!!task} onClick={recount}>
          Recount tallies
        </button>
      </p>
    </section>
  );
}
