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
  await expect(panel.getByRole('grid', { name: 'Texts to send' }).getByRole('row').first()).toBeVisible();
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
  label: string;
  visibleFocus: boolean;
}

/**
 * Press Tab from the top of the page until the focus leaves the page or comes back round. At each
 * stop, compare the control's focused look with its look once blurred (outline, shadow,
 * background, border, colour, underline), then focus it again and go on. Also lists the enabled,
 * visible controls that Tab never reached.
 */
async function tabThrough(page: Page): Promise<{ stops: FocusStop[]; unreached: string[] }> {
  // Controls are named by tag, label and how many alike come before them, so that a re-render
  // (which may replace the elements) does not make one control look like two.
  await page.evaluate((selector) => {
    const w = window as unknown as { __tabSeen: Set<string>; __tabName: (el: Element) => string; __tabLast?: string };
    const label = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    w.__tabSeen = new Set();
    // A previous section's traversal (same page, new hash) may have ended on this control: start afresh.
    w.__tabLast = undefined;
    w.__tabName = (el) => {
      const same = [...document.querySelectorAll(selector)].filter((x) => x.tagName === el.tagName && label(x) === label(el));
      return `${el.tagName.toLowerCase()} “${label(el)}” #${same.indexOf(el) + 1}`;
    };
    (document.activeElement as HTMLElement | null)?.blur();
    // Blurring leaves the browser's starting point for Tab where the focus was (a previous section's
    // traversal can end on the navigation): start from a marker at the top of the page instead. It is
    // not in the Tab order, and goes once the traversal is done.
    const top = document.createElement('span');
    top.tabIndex = -1;
    top.dataset.tabStart = '';
    document.body.prepend(top);
    top.focus();
    top.blur();
  }, INTERACTIVE);
  // The controls on show before the first Tab (the ones a keyboard user must be able to reach).
  const visibleAtStart = await page.evaluate((selector) => {
    const w = window as unknown as { __tabName: (el: Element) => string };
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        // checkVisibility() is false inside a closed <details> (its content is never rendered).
        const shown = el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
        // Inside a grid or toolbar one control is the Tab stop and arrow keys reach the rest (ARIA
        // composite widgets). A group of radio buttons is one Tab stop too (its checked button, or its first).
        const composite = el.closest('[role="grid"], [role="toolbar"]') !== null && el.tabIndex === -1;
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
          const stop = group.find((r) => r.checked) ?? group[0];
          if (el !== stop) return false;
        }
        return shown && (el as HTMLButtonElement).disabled !== true && !composite;
      })
      .map((el) => w.__tabName(el));
  }, INTERACTIVE);
  const stops: FocusStop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const w = window as unknown as { __tabSeen: Set<string>; __tabName: (el: Element) => string; __tabLast?: string };
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const name = w.__tabName(el);
      // Tab moves between the parts of one control (a date input's day, month and year): go on.
      if (name === w.__tabLast) return 'same';
      w.__tabLast = name;
      if (w.__tabSeen.has(name)) return null;
      w.__tabSeen.add(name);
      const look = () => {
        const s = getComputedStyle(el);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.borderWidth, s.color, s.textDecorationLine, s.textDecorationThickness].join(';');
      };
      const focused = look();
      el.blur();
      const resting = look();
      el.focus(); // keyboard focus was last, so :focus-visible still applies
      return { label: name, visibleFocus: focused !== resting };
    });
    if (stop === 'same') continue;
    if (!stop) break;
    stops.push(stop);
  }
  await page.evaluate(() => document.querySelector('[data-tab-start]')?.remove());
  const unreached = visibleAtStart.filter((name) => !stops.some((st) => st.label === name));
  return { stops, unreached };
}

test.describe('accessibility', () => {
  test('the panel beside a consultation has no WCAG 2.2 A or AA violation, with its cards closed and open', async ({ openWithPanel, context, extensionId }) => {
    const { host, panel } = await openWithPanel('consultation.html');
    await panelReady(panel);
    expect(await violations(panel)).toEqual([]);
    // Again with a text box chosen in the page, which adds the "Text goes into" line.
    await host.locator('#sms-text').click();
    await expect(panel.getByText(/Text goes into/)).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    // A clinician: the cards for this screen lead. Open every card's details, a text's full
    // wording, the setting and training choices, and record an outcome (the outcome bar).
    await panel.getByRole('radio', { name: 'Clinician' }).check();
    await expect(panel.locator('.prompt-card--lead')).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    for (const summary of await panel.locator('details > summary').all()) await summary.click();
    await expect(panel.locator('.card-details-body').first()).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Common questions' }).first()).toBeVisible();
    await panel.getByRole('grid', { name: 'Texts to send' }).getByRole('button', { name: 'Show text' }).first().click();
    await expect(panel.getByTestId('text-preview').first()).toBeVisible();
    await panel.locator('.prompt-card--lead').getByRole('button', { name: 'Offered' }).click();
    await expect(panel.getByTestId('outcome-bar')).toBeVisible();
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
    expect(stops.filter((s) => !s.visibleFocus).map((s) => `${s.label} looks the same focused and unfocused`)).toEqual([]);
    expect(unreached).toEqual([]);
    expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
  });

  test('a text can be inserted with the keyboard alone', async ({ openWithPanel, context, extensionId }) => {
    const { host, panel } = await openWithPanel('consultation.html');
    // The user reaches the message box with the keyboard (Tab from the "To" list): a key, so it counts as their choice.
    await host.locator('#sms-to').focus();
    await host.keyboard.press('Tab');
    await expect(host.locator('#sms-text')).toBeFocused();
    await panelReady(panel);
    await expect(panel.getByText(/Text goes into: Message/)).toBeVisible();
    // The receptionist's prompt cards come before the texts: there can be many stops before the first Insert.
    for (let i = 0; i < 300; i++) {
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
      for (const stop of stops.filter((x) => !x.visibleFocus)) problems.push(`${s.hash}: ${stop.label} looks the same focused and unfocused`);
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
    // A clinician's panel (cards lead), every disclosure open and a text's full wording shown,
    // so what they hide is checked too.
    await panel.getByRole('radio', { name: 'Clinician' }).check();
    await expect(panel.locator('.prompt-card--lead')).toBeVisible();
    await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await expect(panel.locator('.card-details-body').first()).toBeVisible();
    await panel.getByRole('grid', { name: 'Texts to send' }).getByRole('button', { name: 'Show text' }).first().click();
    await expect(panel.getByTestId('text-preview').first()).toBeVisible();
    const layout = await panel.evaluate(() => {
      const root = document.documentElement;
      const width = root.clientWidth;
      const offscreen = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return el.checkVisibility() && r.width > 0 && (r.left < -1 || r.right > width + 1);
        })
        .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`);
      // The innermost elements that stick out, to say what to fix.
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > width + 1)
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}” ends at ${Math.round(el.getBoundingClientRect().right)}px`);
      return { scrollWidth: root.scrollWidth, clientWidth: width, offscreen, wide };
    });
    expect(layout.scrollWidth, `sticking out: ${layout.wide.join('; ')}`).toBeLessThanOrEqual(layout.clientWidth);
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
