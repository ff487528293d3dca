/**
 * Accessibility of every screen: no WCAG 2.2 A or AA violation that axe-core can find, every
 * control reachable with the keyboard and showing where the focus is, and the panel usable at
 * 200% zoom in a 360 px wide side panel. Dashboard sections are taken from its navigation, so a
 * new section is covered as soon as it is listed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations, as short readable lines (rule, impact, where). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

async function panelReady(panel: Page): Promise<void> {
  await expect(panel.getByRole('list', { name: 'Texts to send' }).getByRole('listitem').first()).toBeVisible();
  await expect(panel.getByTestId('context')).toBeVisible();
}

/** The dashboard's sections, as its navigation lists them. */
async function dashboardSections(page: Page): Promise<{ hash: string; title: string }[]> {
  const links = page.getByRole('navigation', { name: 'Dashboard sections' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const out: { hash: string; title: string }[] = [];
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    out.push({ hash: href.slice(href.indexOf('#')), title: ((await link.textContent()) ?? '').trim() });
  }
  return out;
}

async function openSection(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await expect(page.getByRole('navigation', { name: 'Dashboard sections' }).locator(`a[href$="${hash}"]`)).toHaveAttribute('aria-current', 'page');
  // Sections read the log when they open: wait until nothing says it is still loading.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

interface FocusStop {
  key: string;
  label: string;
  visibleFocus: boolean;
  reason: string;
}

/**
 * Press Tab from the top of the page until the focus leaves the page or comes back round, and
 * say for each stop whether its focused look differs from its resting look (outline, shadow,
 * background, border or underline). Also lists the enabled, visible controls never reached.
 */
async function tabThrough(page: Page): Promise<{ stops: FocusStop[]; unreached: string[] }> {
  const controls = await page.evaluate((selector) => {
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.borderWidth, s.color, s.textDecorationLine, s.textDecorationThickness].join(';');
    };
    (document.activeElement as HTMLElement | null)?.blur();
    const all = [...document.querySelectorAll<HTMLElement>(selector)];
    return all
      .map((el, i) => {
        el.dataset.a11yKey = String(i);
        const r = el.getBoundingClientRect();
        const shown = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        const disabled = (el as HTMLButtonElement).disabled === true;
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
        return { key: String(i), label: `${el.tagName.toLowerCase()} “${label}”`, rest: look(el), reachable: shown && !disabled };
      })
      .filter((c) => c.reachable);
  }, INTERACTIVE);
  const resting = new Map(controls.map((c) => [c.key, c.rest]));

  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
      return {
        key: el.dataset.a11yKey ?? `unkeyed:${el.tagName}:${label}`,
        label: `${el.tagName.toLowerCase()} “${label}”`,
        look: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.borderWidth, s.color, s.textDecorationLine, s.textDecorationThickness].join(';'),
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
        shadow: s.boxShadow !== 'none',
      };
    });
    if (!now || seen.has(now.key)) break;
    seen.add(now.key);
    const before = resting.get(now.key);
    // A control not listed at the start (rendered later) must at least draw an outline or shadow.
    const visibleFocus = before !== undefined ? before !== now.look : now.outline || now.shadow;
    stops.push({ key: now.key, label: now.label, visibleFocus, reason: visibleFocus ? '' : 'looks the same focused and unfocused' });
  }
  const unreached = controls.filter((c) => !seen.has(c.key)).map((c) => c.label);
  return { stops, unreached };
}

test.describe('accessibility', () => {
  test('the panel beside a consultation has no WCAG 2.2 A or AA violation', async ({ openWithPanel, context, extensionId }) => {
    const { host, panel } = await openWithPanel('consultation.html');
    await panelReady(panel);
    expect(await violations(panel)).toEqual([]);
    // Again with a text box chosen in the page, which adds the "Text goes into" line.
    await host.locator('#sms-text').click();
    await expect(panel.getByText(/Text goes into/)).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
  });

  test('every dashboard section in its navigation has no WCAG 2.2 A or AA violation', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const sections = await dashboardSections(page);
    expect(sections.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const s of sections) {
      await openSection(page, s.hash);
      for (const v of await violations(page)) found.push(`${s.hash}: ${v}`);
    }
    expect(found).toEqual([]);
  });

  test('every control in the panel is reached with Tab and shows a visible focus', async ({ openWithPanel, context, extensionId }) => {
    const { host, panel } = await openWithPanel('consultation.html');
    await panelReady(panel);
    const { stops, unreached } = await tabThrough(panel);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((s) => !s.visibleFocus).map((s) => `${s.label}: ${s.reason}`)).toEqual([]);
    expect(unreached).toEqual([]);
    expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
  });

  test('a text can be inserted with the keyboard alone', async ({ openWithPanel, context, extensionId }) => {
    const { host, panel } = await openWithPanel('consultation.html');
    await host.locator('#sms-text').focus();
    await panelReady(panel);
    await expect(panel.getByText(/Text goes into: Message/)).toBeVisible();
    for (let i = 0; i < 100; i++) {
      await panel.keyboard.press('Tab');
      const focused = await panel.evaluate(() => {
        const el = document.activeElement;
        return el?.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : '';
      });
      if (/^Insert\b/.test(focused)) break;
    }
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('status')).toContainText('Inserted');
    await expect(host.locator('#sms-text')).not.toHaveValue('');
    expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
  });

  test('every dashboard section is reached with Tab and shows a visible focus', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const problems: string[] = [];
    for (const s of await dashboardSections(page)) {
      await openSection(page, s.hash);
      const { stops, unreached } = await tabThrough(page);
      if (stops.length === 0) problems.push(`${s.hash}: Tab reaches nothing`);
      for (const stop of stops.filter((x) => !x.visibleFocus)) problems.push(`${s.hash}: ${stop.label} ${stop.reason}`);
      for (const u of unreached) problems.push(`${s.hash}: ${u} is never reached with Tab`);
    }
    expect(problems).toEqual([]);
  });

  test('at 200% zoom in a 360 px side panel, nothing scrolls sideways and every button is on screen', async ({ openWithPanel, context, extensionId }) => {
    const { host, panel } = await openWithPanel('consultation.html');
    // 360 CSS px at 200% zoom lays out like a 180 px wide viewport (media queries included).
    await panel.setViewportSize({ width: 180, height: 400 });
    await host.locator('#sms-text').click();
    await panelReady(panel);
    await expect(panel.getByText(/Text goes into/)).toBeVisible();
    const layout = await panel.evaluate(() => {
      const root = document.documentElement;
      const width = root.clientWidth;
      const offscreen = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > width + 1);
        })
        .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`);
      return { scrollWidth: root.scrollWidth, clientWidth: width, offscreen };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.offscreen).toEqual([]);
    // Every Insert button can still be scrolled to and seen.
    for (const button of await panel.getByRole('button', { name: /^Insert/ }).all()) {
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
    }
    expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
  });

  test('at 200% zoom the dashboard sections reflow without sideways scrolling', async ({ context, extensionId }) => {
    const page = await context.newPage();
    // A 1280 px browser window at 200% zoom.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const wide: string[] = [];
    for (const s of await dashboardSections(page)) {
      await openSection(page, s.hash);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) wide.push(`${s.hash}: ${scrollWidth}px wide in ${clientWidth}px`);
    }
    expect(wide).toEqual([]);
  });
});
