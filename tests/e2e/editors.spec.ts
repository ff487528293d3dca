/**
 * Issue 12 item 1: real editors, built from their npm packages (demo/editors/, bundled by
 * scripts/build-demo.mjs). After Insert, each editor's own model holds the whole text (the page's
 * Send reads it from the editor's API), the panel says "Inserted" only then, and the editor's own
 * undo takes it back. A box that refuses the text gets "not inserted" and is left as it was.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SIGNUP = 'nhs-app-signup-short';
const signup = (first: string) =>
  `Hello ${first}, this is Brookside Surgery. You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at https://www.nhs.uk/nhs-app/`;
const insertButton = (panel: Page) => panel.locator(`[data-template="${SIGNUP}"]`).getByRole('button', { name: 'Insert', exact: true });

interface Editor {
  page: string;
  first: string;
  /** The editable area the user clicks into. */
  box: (host: Page) => Locator;
  /** Where the editor lives (TinyMCE: its own same-origin frame). */
  scope?: (host: Page) => FrameLocator;
}
const EDITORS: Record<string, Editor> = {
  'CKEditor 5': { page: 'editor-ckeditor.html', first: 'Rhys', box: (h) => h.locator('.ck-editor__editable') },
  Lexical: { page: 'editor-lexical.html', first: 'Zofia', box: (h) => h.locator('#editor') },
  'Slate (React)': { page: 'editor-slate.html', first: 'Jane', box: (h) => h.locator('[data-slate-editor]') },
  ProseMirror: { page: 'editor-prosemirror.html', first: 'David', box: (h) => h.locator('.ProseMirror') },
  Quill: { page: 'editor-quill.html', first: 'Jane', box: (h) => h.locator('.ql-editor') },
  'TinyMCE (iframe)': { page: 'editor-tinymce.html', first: 'Zofia', box: (h) => h.frameLocator('iframe.tox-edit-area__iframe').locator('body') },
  'Draft.js': { page: 'editor-draft.html', first: 'David', box: (h) => h.locator('.public-DraftEditor-content') },
};

test('real editors: the model holds the whole text after Insert, Send shows it, and the editor’s undo takes it back', async ({ openWithPanel }) => {
  test.setTimeout(180_000);
  for (const [name, e] of Object.entries(EDITORS)) {
    await test.step(name, async () => {
      const { host, panel } = await openWithPanel(e.page);
      await host.waitForFunction(() => document.body.dataset.editorReady);
      await expect(panel.getByTestId('context-name')).toHaveText(e.first);
      const box = e.box(host);
      await box.click();
      await expect(panel.getByTestId('field-hint')).toContainText('Text goes into');
      await insertButton(panel).click();
      await expect(panel.getByTestId('status')).toContainText('Inserted');
      await host.locator('#send').click();
      await expect(host.getByTestId('sent')).toContainText(signup(e.first));
      // The editor's own undo (its history, not the browser's) takes the whole text back out.
      await box.click();
      await host.keyboard.press('Control+z');
      await host.locator('#send').click();
      await expect(host.getByTestId('sent')).not.toContainText('Brookside Surgery');
      await panel.close();
      await host.close();
    });
  }
});

test('boxes that refuse the text: "not inserted", Copy offered, and each box left exactly as it was', async ({ openWithPanel }) => {
  for (const [id, before] of [
    ['#locked', 'Draft kept by the system.'],
    ['#truncating', 'Kept: '], // takes part of the text: put back with its own undo
    ['#short', ''],
  ] as const) {
    const { host, panel } = await openWithPanel('editor-rejecting.html');
    await host.waitForFunction(() => document.body.dataset.editorReady);
    const box = host.locator(id);
    await box.click();
    await insertButton(panel).click();
    const alert = panel.getByTestId('alert');
    await expect(alert).toContainText('Not inserted: that box did not take the text');
    await expect(alert.getByRole('button', { name: /^Copy/ })).toBeVisible();
    await expect(panel.getByTestId('status')).not.toContainText('Inserted');
    await host.locator('#send').click();
    await expect(host.getByTestId('sent')).not.toContainText('Brookside');
    if (before) await expect(box).toHaveText(before, { useInnerText: true });
    else await expect(box).toHaveValue('');
    await panel.close();
    await host.close();
  }
});
