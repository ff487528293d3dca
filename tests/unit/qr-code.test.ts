import { describe, expect, it } from 'vitest';
import { h, render as mount } from 'preact';
import qrcode from 'qrcode-generator';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';
import { EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { practiceValues, render } from '@/src/templates/render';
import { QUIET_ZONE, qrMatrix, qrPath } from '@/src/ui/qr/matrix';
import { mainLink } from '@/src/templates/links';
import { QrCode } from '@/src/ui/qr/QrCode';

/** The library's own matrix for `text`, read module by module. */
function libraryMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** Dark cells drawn by our SVG path, back as a grid including the quiet zone. */
function drawn(d: string, side: number): boolean[][] {
  const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) grid[y]![x + i] = true;
  }
  return grid;
}

describe('the main link of a text', () => {
  it.each([
    ['Order at https://www.example.nhs.uk/prescriptions.', 'https://www.example.nhs.uk/prescriptions'],
    ['Get it at https://www.nhs.uk/nhs-app/', 'https://www.nhs.uk/nhs-app/'],
    ['First https://a.example/one, then https://b.example/two', 'https://a.example/one'],
    ['(see https://a.example/x?y=1&z=2)', 'https://a.example/x?y=1&z=2'],
    ['Only http://insecure.example here', null],
    ['No link at all', null],
  ])('in “%s” is %s', (text, link) => expect(mainLink(text)).toBe(link));

  it('for each default template with a link, is the practice’s link the text gives', () => {
    const withLinks = DEFAULT_TEMPLATES.map((t) => [t, render(t.body, practiceValues(EXAMPLE_PRACTICE)).text] as const).filter(([, text]) => text.includes('https://'));
    expect(withLinks.length).toBeGreaterThan(0);
    for (const [t, text] of withLinks) {
      const link = mainLink(text);
      expect(link, t.id).toMatch(/^https:\/\/\S+[^.,]$/);
      expect(text, t.id).toContain(link!);
    }
  });
});

describe('the QR code', () => {
  const url = 'https://www.riverside-surgery.example/prescriptions';

  it('encodes exactly the link: our matrix is the library’s for that text, and differs for a near miss', () => {
    const m = qrMatrix(url);
    expect(m.text).toBe(url);
    expect(m.dark).toEqual(libraryMatrix(url));
    expect(m.dark).not.toEqual(qrMatrix(`${url}.`).dark);
  });

  it.each([
    ['a short link', 'https://www.nhs.uk/nhs-app/'],
    ['a long link', `https://www.example.nhs.uk/${'a'.repeat(150)}`],
  ])('draws every module of %s, with a quiet zone of 4 white modules around it', (_what, link) => {
    const m = qrMatrix(link);
    expect(m.size).toBe(libraryMatrix(link).length);
    const side = m.size + 2 * QUIET_ZONE;
    const grid = drawn(qrPath(m), side);
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const inside = r >= QUIET_ZONE && c >= QUIET_ZONE && r < side - QUIET_ZONE && c < side - QUIET_ZONE;
        expect(grid[r]![c], `${r},${c}`).toBe(inside ? m.dark[r - QUIET_ZONE]![c - QUIET_ZONE] : false);
      }
    }
    // Finder pattern corner is dark, as every QR code's is.
    expect(grid[QUIET_ZONE]![QUIET_ZONE]).toBe(true);
  });

  it('is deterministic: the same link always gives the same drawing', () => {
    expect(qrPath(qrMatrix(url))).toBe(qrPath(qrMatrix(url)));
  });

  it('encodes non-ASCII links as UTF-8', () => {
    const link = 'https://example.cymru/croeso-ŵ';
    const utf8 = String.fromCharCode(...new TextEncoder().encode(link));
    expect(qrMatrix(link).dark).toEqual(libraryMatrix(utf8));
  });

  it('renders as an SVG image named for its link, the link written below, no markup strings', () => {
    const root = document.createElement('div');
    mount(h(QrCode, { url }), root);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`QR code for ${url}`);
    const side = qrMatrix(url).size + 2 * QUIET_ZONE;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${side} ${side}`);
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(svg.querySelector('path')?.getAttribute('d')).toBe(qrPath(qrMatrix(url)));
    expect(root.querySelector('figcaption')?.textContent).toBe(url);
  });
});
