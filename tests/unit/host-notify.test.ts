import { afterEach, describe, expect, it } from 'vitest';
import { createHost } from '@/src/page/host';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;
afterEach(() => controller?.abort());

function page() {
  document.body.replaceChildren();
  const banner = document.createElement('section');
  banner.setAttribute('data-patient', '');
  banner.textContent = 'Name: Jane Smith NHS number 999 787 7896';
  document.body.append(banner);
  controller = new AbortController();
  let told = 0;
  const host = createHost({ doc: document, signal: controller.signal, notify: () => told++, debounce: 10 });
  // The panel has read the page once: from then on the content script watches the banner.
  const asked = host.handle({ type: 'nudge/hello' });
  return { banner, told: () => told, asked };
}

describe('telling the panel the page changed (quietly)', () => {
  it('says nothing when a busy page adds toasts and rows outside the patient banner', async () => {
    const p = page();
    await p.asked;
    for (let i = 0; i < 5; i++) {
      document.getElementById('toast')?.remove();
      const toast = document.createElement('div');
      toast.id = 'toast';
      toast.textContent = `Saved ${i}`;
      document.body.append(toast);
      await wait(15);
    }
    expect(p.told()).toBe(0);
  });

  it('tells once the patient in the banner changes', async () => {
    const p = page();
    await p.asked;
    p.banner.textContent = 'Name: David Okafor NHS number 999 174 2182';
    await wait(40);
    expect(p.told()).toBe(1);
  });

  it('tells when a single-page app replaces the banner with a new one', async () => {
    const p = page();
    await p.asked;
    const next = document.createElement('section');
    next.setAttribute('data-patient', '');
    next.textContent = 'Name: Zofia Nowak';
    p.banner.replaceWith(next);
    await wait(40);
    expect(p.told()).toBeGreaterThanOrEqual(1);
  });
});
