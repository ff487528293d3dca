/** Wires the print page (print.html) to the browser: settings, the practice's templates, the log. */
import { render } from 'preact';
import { DEFAULT_TEMPLATES } from '../../catalogue/templates';
import { LogDatabase } from '../../log/db';
import { recordOffer } from '../../log/record';
import { loadEffectiveSettings } from '../../settings/effective';
import { workstationIdItem } from '../../settings/items';
import { effectiveTemplates, loadPracticeTemplates } from '../../templates/store';
import { PrintView } from './PrintView';
import { resolvePoster } from './resolve';

export async function startPrint(root: HTMLElement, print: () => void = () => window.print()): Promise<void> {
  const [{ settings, policyTemplates }, state, workstation] = await Promise.all([loadEffectiveSettings(), loadPracticeTemplates(), workstationIdItem.getValue()]);
  const templates = effectiveTemplates(policyTemplates ?? DEFAULT_TEMPLATES, state);
  const r = resolvePoster(location.search, templates, settings);
  if (!r.ok) {
    document.title = 'Nothing to print – Nudge';
    render(
      <main class="poster">
        <h1>Nothing to print</h1>
        <p role="alert" class="notice notice--error">
          {r.error}
        </p>
      </main>,
      root,
    );
    return;
  }
  document.title = `${r.poster.serviceName} – poster – Nudge`;
  const db = new LogDatabase();
  render(
    <PrintView
      poster={r.poster}
      onPrint={async () => {
        // Counted only when someone actually chooses Print, never on opening the page.
        const logged = settings.loggingEnabled
          ? recordOffer(db, {
              service: r.request.service,
              item: r.request.templateId ?? '',
              via: 'print',
              channel: 'print',
              role: settings.defaultRole,
              setting: 'front-desk',
              outcome: 'offered',
              workstation,
              language: r.request.language,
              training: settings.trainingMode ? 1 : 0,
              practice: settings.practiceOdsCode,
            })
          : Promise.resolve();
        print();
        await logged;
      }}
    />,
    root,
  );
}
