/**
 * QR code modules for a link, from the qrcode-generator library (Kazuhiko Arase's, MIT, widely
 * used). We only take its matrix and draw it ourselves, so no markup strings reach the page.
 */
import qrcode from 'qrcode-generator';

export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export interface QrMatrix {
  /** The exact text encoded. */
  text: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** dark[row][col] */
  dark: boolean[][];
}

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

/** Encode `text` (as UTF-8 bytes) at the smallest QR version that fits. */
export function qrMatrix(text: string, level: ErrorCorrection = 'M'): QrMatrix {
  const qr = qrcode(0, level);
  // The library's Byte mode takes one char per byte: hand it the UTF-8 bytes so any link encodes correctly.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const dark = Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => qr.isDark(r, c)));
  return { text, size, dark };
}

/**
 * An SVG path ("d") drawing every dark module, offset by the quiet zone, one sub-path per run
 * of dark modules in a row (so a 33×33 code is a few hundred short commands, not a thousand rects).
 */
export function qrPath(m: QrMatrix, quiet = QUIET_ZONE): string {
  const parts: string[] = [];
  m.dark.forEach((row, r) => {
    let c = 0;
    while (c < m.size) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < m.size && row[c]) c++;
      parts.push(`M${start + quiet} ${r + quiet}h${c - start}v1h-${c - start}z`);
    }
  });
  return parts.join('');
}
