import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { QrCode } from './QrCode';
import './qr.css';

export interface QrDialogProps {
  /** The link to show (see mainLink). */
  url: string;
  /** What the link is for, shown as the heading ("Order repeat prescriptions online"). */
  title: string;
  onClose: () => void;
  /** More to show under the code (the panel puts the outcome buttons here: one click records how it went). */
  children?: ComponentChildren;
}

/**
 * "Show QR code": a modal with the link as a large, high-contrast QR code for a patient at the
 * front desk to scan. Native <dialog>, so focus is trapped and Escape closes it. Mount it to open it.
 */
export function QrDialog({ url, title, onClose, children }: QrDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    closeRef.current?.focus();
    const onClosed = () => onCloseRef.current();
    d.addEventListener('close', onClosed);
    return () => {
      d.removeEventListener('close', onClosed);
      if (d.open) d.close();
    };
  }, []);
  return (
    <dialog ref={ref} class="qr-dialog" aria-labelledby="qr-dialog-title" aria-describedby="qr-dialog-hint">
      <h2 id="qr-dialog-title" class="qr-dialog-title">
        {title}
      </h2>
      <p id="qr-dialog-hint" class="qr-dialog-hint">
        Point your phone’s camera at the code to open the link.
      </p>
      <QrCode url={url} size={320} />
      {children}
      <button ref={closeRef} type="button" class="button button--secondary" onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
