/** Wires the print page (print.html) to the browser: settings, the practice's templates, the one recorder. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createOfferRecorder, recordingSource, type OfferWriter } from '../../log/recorder';
import { loadEffectiveSettings } from '../../settings/effective';
import { panelPrefsItem, workstationIdItem } from '../../settings/items';
import type { PanelPrefs } from '../../settings/prefs';
import type { Settings } from '../../settings/model';
import { templatesInForce } from '../../templates/in-force';
import { loadPracticeTemplates } from '../../templates/store';
import { createBackgroundWriter } from '../offer-writer';
import { PrintView } from './PrintView';
import { resolvePoster, type PrintRequest } from './resolve';

/**
 * The print page's recorder: the same recorder as the panel's, with the role, setting and
 * training mode the panel would use now (the user's choices on this workstation, the practice's
 * settings), so a poster printed in training mode is training, by the role that printed it.
 */
export function createPrintRecorder(deps: { prefs: () => PanelPrefs; settings: () => Settings; workstation: string; writer: OfferWriter }) {
  let lastError: string | null = null;
  const recorder = createOfferRecorder({
    writer: deps.writer,
    source: () => recordingSource(deps.prefs(), deps.settings(), deps.workstation),
    onStatus: (st) => (lastError = st.error),
  });
  return {
    /** Count one printed poster. Resolves once it is in the log; rejects, in plain words, if it could not be. */
    async recordPrinted(request: PrintRequest): Promise<void> {
      const r = recorder.record({ service: request.service, item: request.templateId ?? '', via: 'print', channel: 'print', outcome: 'offered', language: request.language });
      if (!r) return; // the practice has switched the log off
      if (!(await r.written)) throw new Error(lastError ?? 'The offer could not be saved to the log.');
    },
  };
}

export async function startPrint(root: HTMLElement, print: () => void = () => window.print()): Promise<void> {
  const [{ settings, policyTemplates }, state, workstation, prefs] = await Promise.all([
    loadEffectiveSettings(),
    loadPracticeTemplates(),
    workstationIdItem.getValue(),
    panelPrefsItem.getValue(),
  ]);
  const r = resolvePoster(location.search, templatesInForce(policyTemplates, state), settings);
  if (!r.ok) {
    document.title = 'Nothing to print – Nudge';
    render(
      <main class="poster">
        <h1>Nothing to print</h1>
        <p role="alert" class="notice notice--error">
          {r.error}
        </p>
        {r.setup && (
          <p>
            <a href={browser.runtime.getURL('/dashboard.html#setup')}>Set up the practice’s details</a>
          </p>
        )}
      </main>,
      root,
    );
    return;
  }
  document.title = `${r.poster.serviceName} – poster – Nudge`;
  // The choices as they are when Print is chosen (the panel may change them meanwhile).
  let currentPrefs = prefs;
  panelPrefsItem.watch((p) => (currentPrefs = p ?? currentPrefs));
  const recorder = createPrintRecorder({ prefs: () => currentPrefs, settings: () => settings, workstation, writer: createBackgroundWriter() });
  render(
    <PrintView
      poster={r.poster}
      onPrint={async () => {
        // Counted only when someone actually chooses Print, never on opening the page; handed
        // to the recorder before the print dialog opens, so closing the page never loses it.
        const logged = recorder.recordPrinted(r.request);
        print();
        await logged;
      }}
    />,
    root,
  );
}
