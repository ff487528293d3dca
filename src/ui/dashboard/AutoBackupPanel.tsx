/**
 * Turning automatic backups on and off, and what they last did. Turning them on asks the browser
 * for the optional `downloads` permission, from the manager's click (browsers only ask from a user
 * gesture); turning them off gives it back. When the policy turns them on without the permission,
 * this says so and offers to allow it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BACKUP_FOLDER } from '../../log/auto-backup';
import type { AutoBackupState } from '../../log/auto-backup-state';
import { DOWNLOADS_PERMISSION, hasDownloadsPermission, saveBackupToFolder } from '../../ext/auto-backup';
import { loadEffectiveSettings, saveLocalSettings, watchEffectiveSettings, type EffectiveSettings } from '../../settings/effective';
import { autoBackupStateItem, loadLocalSettings } from '../../settings/items';
import { LOCKED_REASON } from '../../settings/policy';

const when = (t: number) => new Date(t).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function AutoBackupPanel() {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [state, setState] = useState<AutoBackupState | null>(null);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const refreshPermission = () => void hasDownloadsPermission().then(setAllowed);
  useEffect(() => {
    void loadEffectiveSettings().then(setEffective);
    void autoBackupStateItem.getValue().then(setState);
    refreshPermission();
    const stopSettings = watchEffectiveSettings(setEffective);
    const stopState = autoBackupStateItem.watch((s) => setState(s));
    const onPermission = () => refreshPermission();
    browser.permissions.onAdded.addListener(onPermission);
    browser.permissions.onRemoved.addListener(onPermission);
    return () => {
      stopSettings();
      stopState();
      browser.permissions.onAdded.removeListener(onPermission);
      browser.permissions.onRemoved.removeListener(onPermission);
    };
  }, []);

  if (!effective || !state || allowed === null) return <p aria-busy="true">Checking automatic backups…</p>;
  const on = effective.settings.autoBackup;
  const locked = effective.locked.includes('autoBackup');

  async function setOn(value: boolean) {
    const local = await loadLocalSettings();
    const saved = await saveLocalSettings({ ...local, autoBackup: value }, effective?.locked ?? []);
    if (!saved.ok) throw new Error(Object.values(saved.errors)[0] ?? 'The settings are not valid.');
  }

  /** Ask the browser first, straight from the click: it only asks during a user gesture. */
  async function turnOn() {
    setMessage(null);
    let granted = false;
    const asking = browser.permissions.request(DOWNLOADS_PERMISSION);
    setBusy('Waiting for your answer in the browser’s dialog');
    try {
      granted = await asking;
    } catch {
      granted = false;
    }
    setBusy(null);
    refreshPermission();
    if (!granted) {
      setMessage({ kind: 'error', text: 'The browser did not allow Nudge to save files, so automatic backups are still off.' });
      return;
    }
    if (locked) {
      setMessage({ kind: 'success', text: 'Nudge may now save backups. The first is being saved.' });
      return;
    }
    setBusy('Turning on');
    try {
      await setOn(true);
      setMessage({ kind: 'success', text: `Automatic backups are on. The first is being saved into ${BACKUP_FOLDER} in the downloads folder.` });
    } catch (e) {
      setMessage({ kind: 'error', text: `Automatic backups could not be turned on. ${(e as Error).message}` });
    } finally {
      setBusy(null);
    }
  }

  async function turnOff() {
    setMessage(null);
    setBusy('Turning off');
    try {
      await setOn(false);
      // Least privilege: give the permission back when it is no longer used.
      await browser.permissions.remove(DOWNLOADS_PERMISSION).catch(() => false);
      refreshPermission();
      setMessage({ kind: 'success', text: 'Automatic backups are off. Files already saved stay in the folder.' });
    } catch (e) {
      setMessage({ kind: 'error', text: `Automatic backups could not be turned off. ${(e as Error).message}` });
    } finally {
      setBusy(null);
    }
  }

  async function saveNow() {
    setMessage(null);
    setBusy('Saving');
    try {
      const s = await saveBackupToFolder({ force: true });
      setMessage(s.problem ? { kind: 'error', text: s.problem } : { kind: 'success', text: `Saved ${s.lastFile} in the downloads folder.` });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="auto-backup" data-testid="auto-backup">
      <h3>Automatic backups</h3>
      <p>
        Each workstation can save its backup every day into a folder called <strong>{BACKUP_FOLDER}</strong> in the browser’s downloads folder, named for
        the workstation and the day. Your IT support can point that folder at a shared drive; then <strong>Merge a folder</strong> below merges every
        workstation in one step. Backups hold what was offered and how it went, never who it was offered to.
      </p>
      <p data-testid="auto-backup-status">
        {on ? 'Automatic backups are on for this workstation.' : 'Automatic backups are off for this workstation.'}
        {locked ? ` ${LOCKED_REASON}.` : ''}
        {on && state.lastSaved ? ` The last backup was saved on ${when(state.lastSaved)}: ${state.lastFile} (${state.lastOffers.toLocaleString('en-GB')} offers).` : ''}
        {on && !state.lastSaved && allowed && !state.problem ? ' The first backup will be saved in a moment.' : ''}
      </p>
      {on && (state.problem || !allowed) ? (
        <div class="notice notice--error" role="alert" data-testid="auto-backup-problem">
          <p>
            {!allowed
              ? 'Automatic backups are turned on, but this browser has not allowed Nudge to save files, so no backup is being saved. Allow it here (the browser asks you to confirm), or ask IT to turn automatic backups off.'
              : state.problem}
          </p>
          {!allowed ? (
            <button type="button" class="button" disabled={!!busy} onClick={() => void turnOn()}>
              Allow Nudge to save backups
            </button>
          ) : null}
        </div>
      ) : null}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={`notice notice--${message.kind}`} data-testid="auto-backup-message">
          {message.text}
        </p>
      ) : null}
      <div class="data-actions">
        {!on && !locked ? (
          <button type="button" class="button" disabled={!!busy} onClick={() => void turnOn()}>
            Turn on automatic backups
          </button>
        ) : null}
        {on && allowed ? (
          <button type="button" class="button button--secondary" disabled={!!busy} onClick={() => void saveNow()}>
            Save a backup now
          </button>
        ) : null}
        {on && !locked ? (
          <button type="button" class="button button--secondary" disabled={!!busy} onClick={() => void turnOff()}>
            Turn off automatic backups
          </button>
        ) : null}
      </div>
      {busy ? <p aria-live="polite">{busy}…</p> : null}
    </div>
  );
}
