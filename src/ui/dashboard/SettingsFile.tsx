import { useState } from 'preact/hooks';
import { exportSettingsFile, parseSettingsFile } from '../../settings/exchange';
import { FIELD_LABELS } from '../../settings/fields';
import type { FieldErrors, SettingKey, Settings } from '../../settings/model';

export interface SettingsFileProps {
  /** This workstation's own settings (exported; never the policy's). */
  local: Settings;
  /** Save imported settings; resolves when saved. */
  onImport: (settings: Settings) => Promise<{ ok: true } | { ok: false; errors: FieldErrors }>;
}

/** Export this workstation's settings to a file, or import a file exported elsewhere. A bad file changes nothing. */
export function SettingsFile({ local, onImport }: SettingsFileProps) {
  const [problem, setProblem] = useState<{ message: string; errors?: FieldErrors } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function exportFile() {
    const blob = new Blob([exportSettingsFile(local)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'nudge-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setDone('Settings exported to nudge-settings.json in your downloads.');
  }

  async function importFile(input: HTMLInputElement) {
    setProblem(null);
    setDone(null);
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > 1_000_000) {
      setProblem({ message: 'Nothing was imported: this file is too large to be a Nudge settings file.' });
      input.value = '';
      return;
    }
    const parsed = parseSettingsFile(await file.text(), local);
    input.value = '';
    if (!parsed.ok) {
      setProblem({ message: parsed.message, ...(parsed.errors ? { errors: parsed.errors } : {}) });
      return;
    }
    const saved = await onImport(parsed.settings);
    if (!saved.ok) {
      setProblem({ message: 'Nothing was imported: some settings in the file are not valid.', errors: saved.errors });
      return;
    }
    setDone(`Settings imported from ${file.name}.`);
  }

  return (
    <section aria-labelledby="settings-file-h" class="settings-file">
      <h2 id="settings-file-h">Copy settings to another computer</h2>
      <p>Export this computer’s settings, then import the file on the other computers. Settings your IT team sets are not copied.</p>
      {problem ? (
        <div class="notice notice--error" role="alert" data-testid="import-problem">
          <p>{problem.message}</p>
          {problem.errors ? (
            <ul>
              {(Object.entries(problem.errors) as [SettingKey, string][]).map(([k, msg]) => (
                <li key={k}>
                  {FIELD_LABELS[k] ?? k}: {msg}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {done ? (
        <p class="notice notice--success" role="status" data-testid="file-done">
          {done}
        </p>
      ) : null}
      <p>
        <button type="button" class="button button--secondary" onClick={exportFile}>
          Export settings
        </button>
      </p>
      <div class="form-group">
        <label class="label" for="settings-import">
          Import a settings file
        </label>
        <div class="hint" id="settings-import-hint">
          A nudge-settings.json file exported from Nudge.
        </div>
        <input
          id="settings-import"
          class="file-upload"
          type="file"
          accept="application/json,.json"
          aria-describedby="settings-import-hint"
          onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
        />
      </div>
    </section>
  );
}
