import { useMemo } from 'preact/hooks';
import { QUIET_ZONE, qrMatrix, qrPath } from './matrix';

export interface QrCodeProps {
  /** The full link to encode (https://…). */
  url: string;
  /** Drawn size in CSS pixels (the SVG scales; print CSS may override). */
  size?: number;
  /** Show the link written out below the code (default true). */
  showUrl?: boolean;
}

/** A large, high-contrast QR code for a link, drawn as SVG, with the link written below it. */
export function QrCode({ url, size = 280, showUrl = true }: QrCodeProps) {
  const m = useMemo(() => qrMatrix(url), [url]);
  const side = m.size + QUIET_ZONE * 2;
  return (
    <figure class="qr" data-testid="qr">
      <svg
        class="qr-code"
        role="img"
        aria-label={`QR code for ${url}`}
        viewBox={`0 0 ${side} ${side}`}
        width={size}
        height={size}
        shape-rendering="crispEdges"
        data-modules={m.size}
      >
        <rect width={side} height={side} fill="#ffffff" />
        <path d={qrPath(m)} fill="#000000" />
      </svg>
      {showUrl ? (
        <figcaption class="qr-url" data-testid="qr-url">
          {url}
        </figcaption>
      ) : null}
    </figure>
  );
}
