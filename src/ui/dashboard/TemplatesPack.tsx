/** Export the practice's templates as a pack file, and import one (all or nothing). */
import { useState } from 'preact/hooks';
import { exportPack, type ImportResult } from '../../templates/pack';
import type { EffectiveTemplate } from '../../templates/store';

export interface TemplatesPackProps {
  all: readonly EffectiveTemplate[];
  /** Import a pack file's text into the templates as stored now; says how it went. */
  importText: (text: string, fileName: string) => Promise<ImportResult>;
  /** Saves a file; the default downloads it. */
  download?: (name: string, text: string) => void;
}

function downloadFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function TemplatesPack({ all, importText, download = downloadFile }: TemplatesPackProps) {
  const [errors, setErrors] = useState<string[]>([]);
  const [fileKey, setFileKey] = useState(0);

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setErrors([]);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setErrors(['The file could not be read. Nothing was imported.']);
      return;
    }
    const r = await importText(text, file.name);
    if (!r.ok) setErrors([...r.errors, 'Nothing was imported: your templates are as they were.']);
    setFileKey((k) => k + 1);
  }

  return (
    <section class="tpl-pack" aria-labelledby="tpl-pack-h">
      <h2 id="tpl-pack-h">Share templates with other computers</h2>
      <p>Export your surgery’s templates as a file, then import it on another computer running Nudge. Importing adds new templates and replaces ones with the same name; it never deletes any.</p>
      <p>
        <button type="button" class="button button--secondary" onClick={() => download(`nudge-templates-${new Date().toISOString().slice(0, 10)}.json`, exportPack(all))}>
          Export templates
        </button>
      </p>
      <div class="field">
        <label for="tpl-import">Import a template pack</label>
        <p class="field-hint" id="tpl-import-hint">
          A .json file exported from Nudge, at most 1 MB.
        </p>
        {errors.length ? (
          <div role="alert" class="notice notice--error" id="tpl-import-error" data-testid="tpl-import-errors">
            <h3>The template pack could not be imported</h3>
            <ul>
              {errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <input
          key={fileKey}
          id="tpl-import"
          type="file"
          accept=".json,application/json"
          aria-describedby={`tpl-import-hint${errors.length ? ' tpl-import-error' : ''}`}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
    </section>
  );
}
