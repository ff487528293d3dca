/**
 * "Merge a folder": the manager chooses the folder the workstations save their backups into and
 * every backup file in it is merged in one go, with progress, Cancel, a summary per workstation,
 * the files that could not be merged (and why) and the workstations not seen for a week.
 */
import { mergeStoredChecklists } from '../../checklist/store';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LogDatabase } from '../../log/db';
import { localDay } from '../../log/day';
import { describeWriteError } from '../../log/errors';
import { ImportError } from '../../log/exchange';
import { mergeFolder, NOT_SEEN_DAYS, type FolderFile, type FolderProgress, type FolderResult } from '../../log/folder';
import { practiceLabel, workstationLabel } from './labels';
import type { Practices, Workstations } from './Filters';

const n = (x: number) => x.toLocaleString('en-GB');
const dateText = (day: string) => (day ? new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : 'never');
const mb = (b: number) => `${(b / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** The files a folder input holds, with their paths inside the folder. */
export function folderFiles(list: FileList | readonly File[] | null | undefined): FolderFile[] {
  return [...(list ?? [])].map((f) => ({ name: f.name, path: f.webkitRelativePath || f.name, size: f.size, lastModified: f.lastModified, text: () => f.text() }));
}

export function FolderMerge({ db, now, workstations, practices, onMerged }: { db: LogDatabase; now?: number; workstations: Workstations; practices: Practices; onMerged: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<FolderProgress | null>(null);
  const [controller, setController] = useState<AbortController | null>(null);
  const [result, setResult] = useState<FolderResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // Not in Preact's attribute types: lets the file input take a whole folder.
    if (input.current) input.current.webkitdirectory = true;
  }, []);

  async function merge() {
    const files = folderFiles(input.current?.files);
    setResult(null);
    setError(null);
    if (files.length === 0) {
      setError('Choose the folder of backup files to merge.');
      input.current?.focus();
      return;
    }
    const ctl = new AbortController();
    setController(ctl);
    setProgress({ filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: 0, offers: 0 });
    try {
      const r = await mergeFolder(db, files, { signal: ctl.signal, onProgress: setProgress, today: localDay(now ?? Date.now()), ownWorkstation: workstations.own, mergeChecklists: mergeStoredChecklists });
      setResult(r);
      if (r.merged) onMerged();
    } catch (e) {
      setError(e instanceof ImportError ? e.message : `The folder could not be merged. ${describeWriteError(e)}`);
    } finally {
      setController(null);
      setProgress(null);
    }
  }

  const names = new Map(workstations.names);
  for (const w of result?.workstations ?? []) if (w.name && !names.has(w.id)) names.set(w.id, w.name);
  for (const w of result?.notSeen ?? []) if (w.name && !names.has(w.id)) names.set(w.id, w.name);
  const wsName = (id: string) => workstationLabel(id, names, workstations.own);
  const practiceNames = new Map(practices.names);
  for (const w of result?.workstations ?? []) if (w.practice && w.practiceName) practiceNames.set(w.practice, w.practiceName);

  return (
    <div class="folder-merge">
      <h3 id="merge-folder-h">Merge a folder of backups</h3>
      <p>
        Choose the folder the workstations save their backups into (such as <strong>Nudge backups</strong> on the practice’s shared drive). Every backup
        file in it is merged in one go: many workstations, many days, several practices. Merging the same folder again adds nothing twice.
      </p>
      <div class="field">
        <label for="merge-folder">Folder of backup files</label>
        <input ref={input} id="merge-folder" type="file" multiple disabled={!!controller} aria-describedby={error ? 'merge-folder-error' : undefined} />
      </div>
      <p>
        <button type="button" class="button" disabled={!!controller} onClick={() => void merge()}>
          Merge the folder
        </button>
      </p>
      {progress && controller ? (
        <div class="notice" data-testid="folder-progress">
          <label for="folder-progress-bar">Merging the folder</label>
          <progress id="folder-progress-bar" class="progress" max={progress.filesTotal || 1} value={progress.filesDone} />
          <p aria-live="polite">
            {n(progress.filesDone)} of {n(progress.filesTotal)} files{progress.bytesTotal ? ` (${mb(progress.bytesDone)} of ${mb(progress.bytesTotal)})` : ''}, {n(progress.offers)} offers read
          </p>
          <button type="button" class="button button--secondary" onClick={() => controller.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
      {error ? (
        <p id="merge-folder-error" role="alert" class="notice notice--error" data-testid="folder-alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <div role="status" class={`notice ${result.stopped || result.cancelled ? 'notice--warning' : 'notice--success'}`} data-testid="folder-summary">
          <p>
            {result.cancelled ? 'Cancelled. ' : ''}
            {result.stopped ? `Stopped: ${result.stopped} ` : ''}
            Merged {n(result.merged)} of {n(result.files)} backup {result.files === 1 ? 'file' : 'files'}: {n(result.added)} offers added, {n(result.updated)} updated,{' '}
            {n(result.unchanged)} already here.
            {result.skipped ? ` ${n(result.skipped)} of the files had been merged before and were not read again.` : ''}
            {result.cancelled ? ' The files merged before you cancelled stay merged; merge the folder again to finish.' : ''}
            {result.ignored ? ` ${n(result.ignored)} other ${result.ignored === 1 ? 'file was' : 'files were'} left alone.` : ''}
            {result.checklists ? ` Pathway checklists: ${n(result.checklists.added)} answers added, ${n(result.checklists.updated)} updated.` : ''}
            {result.checklistsProblem ? ` ${result.checklistsProblem}` : ''}
          </p>
          {result.workstations.length ? (
            <table class="workstation-list" data-testid="folder-workstations">
              <caption>Workstations in this folder</caption>
              <thead>
                <tr>
                  <th scope="col">Workstation</th>
                  <th scope="col">Practice</th>
                  <th scope="col" class="num">
                    Files
                  </th>
                  <th scope="col" class="num">
                    Offers added
                  </th>
                  <th scope="col" class="num">
                    Offers updated
                  </th>
                  <th scope="col">Newest day seen</th>
                </tr>
              </thead>
              <tbody>
                {result.workstations.map((w) => (
                  <tr key={w.id}>
                    <th scope="row">{wsName(w.id)}</th>
                    <td>{practiceLabel(w.practice, practiceNames)}</td>
                    <td class="num">{n(w.files)}</td>
                    <td class="num">{n(w.added)}</td>
                    <td class="num">{n(w.updated)}</td>
                    <td>{dateText(w.newestDay)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {result.bad.length ? (
            <>
              <h4>
                {result.bad.length === 1 ? '1 file was' : `${n(result.bad.length)} files were`} not merged (nothing from {result.bad.length === 1 ? 'it' : 'them'} was added)
              </h4>
              <ul class="bad-files" data-testid="folder-bad">
                {result.bad.map((b) => (
                  <li key={b.name}>{b.reason}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h4>Workstations not seen for {NOT_SEEN_DAYS} days</h4>
          {result.notSeen.length ? (
            <ul data-testid="folder-not-seen">
              {result.notSeen.map((w) => (
                <li key={w.id}>
                  {wsName(w.id)}
                  {w.practice ? `, ${practiceLabel(w.practice, practiceNames)}` : ''}: last seen {dateText(w.lastSeen)}
                </li>
              ))}
            </ul>
          ) : (
            <p data-testid="folder-not-seen">Every workstation has saved a backup or recorded an offer in the last {NOT_SEEN_DAYS} days.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
