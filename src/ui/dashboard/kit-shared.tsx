/**
 * Pieces shared by the promotion kit, checklist and training sections: the practice's settings, a
 * service picker, saving a file, and printing one part of the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { SERVICE_IDS, type ServiceId } from '../../catalogue/services';
import { loadEffectiveSettings } from '../../settings/effective';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/model';
import { ServiceOptions } from '../ServiceOptions';

/** The settings in force (policy over local), or null while loading. `load` is for tests. */
export function useSettings(load: () => Promise<Settings> = async () => (await loadEffectiveSettings()).settings): { settings: Settings | null; error: string | null } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((s) => live && setSettings({ ...DEFAULT_SETTINGS, ...s }))
      .catch((e: unknown) => {
        if (!live) return;
        setSettings({ ...DEFAULT_SETTINGS });
        setError(`Your surgery’s settings could not be read (${(e as Error)?.message ?? e}).`);
      });
    return () => {
      live = false;
    };
  }, []);
  return { settings, error };
}

/** The service asked for in the page's address (?service=nhs-app), or the first. */
export function initialService(search = typeof location === 'undefined' ? '' : location.search): ServiceId {
  const asked = new URLSearchParams(search).get('service');
  return (SERVICE_IDS as readonly string[]).includes(asked ?? '') ? (asked as ServiceId) : SERVICE_IDS[0];
}

export function ServicePicker({ id, value, onChange, hint }: { id: string; value: ServiceId; onChange: (s: ServiceId) => void; hint?: string }) {
  return (
    <div class="field kit-service">
      <label for={id}>Service</label>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.currentTarget.value as ServiceId)}>
        <ServiceOptions />
      </select>
    </div>
  );
}

export { saveFile } from './save-file';

/** A file name part from words ("Website banner" → "website-banner"). */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * Print one part of the page: a copy of `node` (its buttons and anything marked no-print left out)
 * is put in a print area that print CSS shows alone, the print dialog opens, and the copy goes.
 */
export function printPart(node: Element, print: () => void = () => window.print()): void {
  const area = document.createElement('div');
  area.className = 'kit-print-area';
  area.id = 'kit-print-area';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('button, .no-print, input, select, textarea').forEach((el) => el.remove());
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  area.append(copy);
  document.body.append(area);
  document.body.classList.add('kit-printing-part');
  try {
    print();
  } finally {
    area.remove();
    document.body.classList.remove('kit-printing-part');
  }
}

/** "1 December 2026" for "2026-12-01". */
export function dayText(day: string): string {
  if (!day) return '';
  return new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
