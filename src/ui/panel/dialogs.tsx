/** The panel's dialogs (QR code, details a text still needs), loaded the first time one opens. */
import { QrDialog } from '../qr/QrDialog';
import { FillDialog } from './FillDialog';
import { OutcomeButtons } from './OutcomeButtons';
import { usePanel } from './use-panel';

export function PanelDialogs() {
  const s = usePanel();
  const qr = s.send.qr.value;
  const fill = s.send.fill.value;
  const last = s.offers.lastOffer.value;
  return (
    <>
      {qr ? (
        <QrDialog url={qr.url} title={qr.title} onClose={() => (s.send.qr.value = null)}>
          {last ? <OutcomeButtons label="Record the outcome" outcomes={last.outcomes} current={last.outcome} onPick={(o) => void s.offers.setOutcome(o)} /> : null}
        </QrDialog>
      ) : null}
      {fill ? (
        <FillDialog
          key={fill.template.id}
          title={fill.template.title}
          missing={fill.missing}
          readClipboard={s.readClipboard}
          onSubmit={(v) => void s.send.submitFill(v)}
          onCancel={() => s.send.cancelFill()}
        />
      ) : null}
    </>
  );
}
