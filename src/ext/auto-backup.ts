/**
 * Automatic backups through the browser's downloads (a thin adapter; the rules are in
 * src/log/auto-backup.ts). When the practice turns them on, each workstation saves its backup file
 * into "Nudge backups/" under the browser's downloads folder once a day: at the first chance each
 * day (the hourly alarm, or the background starting when the browser starts, so a missed day is
 * caught up), and when a manager turns them on or presses "Save a backup now".
 *
 * `downloads` is an optional permission, asked for only when a manager turns this on (the dashboard
 * asks, from the click). When the policy turns backups on but the permission is missing, nothing is
 * saved and the problem is kept in the state, which the dashboard shows with a button to allow it.
 */
import { loadChecklists } from '../checklist/store';
import { browser } from 'wxt/browser';
import { NO_AUTO_BACKUP, type AutoBackupState } from '../log/auto-backup-state';
import { buildDailyBackup, isDue } from '../log/auto-backup';
import { LogDatabase } from '../log/db';
import { localDay } from '../log/day';
import { describeWriteError } from '../log/errors';
import { loadEffectiveSettings } from '../settings/effective';
import { autoBackupStateItem, settingsItem, workstationIdItem } from '../settings/items';

export const AUTO_BACKUP_ALARM = 'nudge-auto-backup';
export const DOWNLOADS_PERMISSION: { permissions: ['downloads'] } = { permissions: ['downloads'] };

/** Words the dashboard shows when the browser has not allowed Nudge to save files. */
export const PERMISSION_MISSING =
  'Automatic backups are turned on, but this browser has not allowed Nudge to save files, so no backup has been saved. A practice manager can allow it here (Allow Nudge to save backups), or IT can turn automatic backups off.';

interface DownloadDelta {
  id: number;
  state?: { current?: string };
  error?: { current?: string };
}
interface DownloadsApi {
  download(o: { url: string; filename: string; conflictAction: 'overwrite'; saveAs: false }): Promise<number>;
  search(q: { id: number }): Promise<{ state: string; error?: string; filename?: string }[]>;
  onChanged: { addListener(fn: (d: DownloadDelta) => void): void; removeListener(fn: (d: DownloadDelta) => void): void };
}

function downloadsApi(): DownloadsApi | undefined {
  return (browser as unknown as { downloads?: DownloadsApi }).downloads;
}

export async function hasDownloadsPermission(): Promise<boolean> {
  try {
    const granted: boolean = await browser.permissions.contains(DOWNLOADS_PERMISSION);
    return granted && !!downloadsApi();
  } catch {
    return false;
  }
}

/** Plain words for a download that did not finish (Chrome's DownloadInterruptReason names). */
export function describeDownloadError(reason: string | undefined): string {
  switch (reason) {
    case 'FILE_NO_SPACE':
      return 'The backup could not be saved: the disk or shared drive is full.';
    case 'FILE_ACCESS_DENIED':
    case 'FILE_BLOCKED':
    case 'FILE_SECURITY_CHECK_FAILED':
      return 'The backup could not be saved: this computer may not write to the downloads folder (or the shared drive it points to). Ask your IT support to check the folder’s permissions.';
    case 'FILE_NAME_TOO_LONG':
    case 'FILE_TOO_LARGE':
      return 'The backup could not be saved: the file system refused the file’s name or size.';
    case 'FILE_TRANSIENT_ERROR':
    case 'FILE_FAILED':
      return 'The backup could not be saved: the downloads folder (or the shared drive it points to) could not be reached. Nudge will try again within the hour.';
    default:
      return `The backup could not be saved${reason ? ` (${reason})` : ''}. Nudge will try again within the hour.`;
  }
}

/** The file's text as a URL the downloads API takes: a blob URL where the page can make one, else a data URL. */
function fileUrl(chunks: string[]): { url: string; revoke: () => void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob(chunks, { type: 'application/json' }));
    return { url, revoke: () => URL.revokeObjectURL(url) };
  }
  // A service worker cannot make blob URLs: base64 of the UTF-8 bytes, in slices.
  const bytes = new TextEncoder().encode(chunks.join(''));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { url: `data:application/json;base64,${btoa(binary)}`, revoke: () => {} };
}

/** Wait until a download completes or stops; the reason it stopped, or null when it completed. */
function settled(api: DownloadsApi, id: number, timeoutMs = 5 * 60_000): Promise<string | null> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: string | null) => {
      if (done) return;
      done = true;
      api.onChanged.removeListener(listener);
      clearTimeout(timer);
      resolve(r);
    };
    const listener = (d: DownloadDelta) => {
      if (d.id !== id) return;
      if (d.state?.current === 'complete') finish(null);
      else if (d.state?.current === 'interrupted') finish(d.error?.current ?? 'FAILED');
    };
    const timer = setTimeout(() => finish('TIMED_OUT'), timeoutMs);
    api.onChanged.addListener(listener);
    // It may have finished before the listener was added.
    void api.search({ id }).then(([item]) => {
      if (item?.state === 'complete') finish(null);
      else if (item?.state === 'interrupted') finish(item.error ?? 'FAILED');
    });
  });
}

let running: Promise<AutoBackupState> | null = null;

/**
 * Save today's backup file when automatic backups are on and it is due (or always, with `force`,
 * for "Save a backup now"). Never throws: the outcome, or why it failed, is kept in the state.
 */
export function saveBackupToFolder(opts: { force?: boolean; now?: () => number } = {}): Promise<AutoBackupState> {
  if (running) return running;
  running = run(opts).finally(() => {
    running = null;
  });
  return running;
}

async function run({ force = false, now = () => Date.now() }: { force?: boolean; now?: () => number }): Promise<AutoBackupState> {
  const state = await autoBackupStateItem.getValue().catch(() => NO_AUTO_BACKUP);
  const { settings } = await loadEffectiveSettings();
  if (!settings.autoBackup && !force) return state;
  const keep = async (s: AutoBackupState) => {
    await autoBackupStateItem.setValue(s);
    return s;
  };
  const api = downloadsApi();
  if (!api || !(await hasDownloadsPermission())) return keep({ ...state, problem: PERMISSION_MISSING, problemAt: now() });
  const started = now();
  const today = localDay(started);
  if (!force && !isDue(state, today)) return state.problem ? keep({ ...state, problem: null, problemAt: 0 }) : state;
  const db = new LogDatabase();
  try {
    const workstation = await workstationIdItem.getValue();
    const file = await buildDailyBackup(db, {
      workstation,
      workstationName: settings.workstationName.trim(),
      practice: { odsCode: settings.practiceOdsCode, name: settings.surgeryName.trim() },
      // A checklist problem never stops the offers being backed up.
      checklists: await loadChecklists().catch(() => undefined),
      today,
      now: started,
      state,
    });
    const { url, revoke } = fileUrl(file.chunks);
    try {
      const id = await api.download({ url, filename: file.fileName, conflictAction: 'overwrite', saveAs: false });
      const stopped = await settled(api, id);
      if (stopped) return keep({ ...state, problem: describeDownloadError(stopped), problemAt: now() });
    } finally {
      revoke();
    }
    return keep(file.next);
  } catch (e) {
    return keep({ ...state, problem: `The backup could not be saved. ${describeWriteError(e)}`, problemAt: now() });
  } finally {
    db.close();
  }
}

/** Register the hourly check and its listeners (every time the background starts), and check now. */
export function startAutoBackup(): void {
  const check = () => void saveBackupToFolder().catch((e: unknown) => console.error('Nudge: the automatic backup could not run', e));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_BACKUP_ALARM) check();
  });
  void browser.alarms.get(AUTO_BACKUP_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(AUTO_BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
  // The manager allowed it, or turned backups on (here, in another window, or by policy).
  browser.permissions.onAdded.addListener(check);
  const localKey = settingsItem.key.replace(/^local:/, '');
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && localKey in changes)) check();
  });
  // The background starts with the browser (and after it sleeps): catch up a missed day.
  check();
}
