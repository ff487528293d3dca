/**
 * A one-page A4 poster or leaflet for a service: its name, what it is, a QR code for its link,
 * the link written out, the surgery's name and the reassurance that phoning or coming in still
 * works. Pure: everything it shows comes in as props (see resolvePoster), so tests render it.
 */
import { useState } from 'preact/hooks';
import { QrCode } from '../qr/QrCode';
import type { TextDirection } from '../../templates/store';
import { POSTER_FOOTER } from './poster-words';
import '../qr/qr.css';

export interface Poster {
  serviceName: string;
  explanation: string;
  link: string;
  surgeryName: string;
  surgeryPhone: string;
  /** The template's text in another language, when one was asked for. */
  translated?: { text: string; lang: string; dir: TextDirection; languageName: string };
}

export interface PrintViewProps {
  poster: Poster;
  /** Record the offer and open the print dialog. Resolves once the offer is recorded. */
  onPrint: () => Promise<void>;
}

export function PrintView({ poster, onPrint }: PrintViewProps) {
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const phone = poster.surgeryPhone.trim();
  return (
    <>
      <div class="print-bar no-print">
        <p>This page prints on one sheet of A4 paper. Print it for the waiting room or to send with a letter.</p>
        <button
          type="button"
          class="button"
          onClick={() => {
            setNote(null);
            onPrint().then(
              () => setNote({ kind: 'ok', text: 'Counted as one printed offer.' }),
              (e: unknown) => setNote({ kind: 'error', text: `${(e as Error)?.message ?? 'The offer could not be saved to the log.'} The poster was not affected.` }),
            );
          }}
        >
          Print
        </button>
        {note ? (
          <p role={note.kind === 'error' ? 'alert' : 'status'} class={`notice ${note.kind === 'error' ? 'notice--error' : 'notice--success'}`}>
            {note.text}
          </p>
        ) : null}
      </div>
      <main class="poster" data-testid="poster">
        <p class="poster-from">{poster.surgeryName}</p>
        <h1 class="poster-title">{poster.serviceName}</h1>
        <p class="poster-lead">{poster.explanation}</p>
        {poster.translated ? (
          <section class="poster-translated" aria-label={poster.translated.languageName}>
            <p lang={poster.translated.lang} dir={poster.translated.dir}>
              {poster.translated.text}
            </p>
          </section>
        ) : null}
        <h2 class="poster-scan">Scan the code with your phone’s camera</h2>
        <QrCode url={poster.link} size={340} showUrl={false} />
        <p class="poster-link">
          Or type this link into your web browser:
          <br />
          <strong data-testid="poster-link">{poster.link}</strong>
        </p>
        <p class="poster-reassure">
          {phone ? `You can still phone us on ${phone} or come in to the surgery.` : 'You can still phone us or come in to the surgery.'} Ask at reception if you would like help getting online.{' '}
          {POSTER_FOOTER.words}
        </p>
      </main>
    </>
  );
}
