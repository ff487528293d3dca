import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { OUTPUT_DIR } from './fixtures';

const manifest = (dir: string) => JSON.parse(readFileSync(join(OUTPUT_DIR, dir, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

test.describe('the built extension', () => {
  test('the store build has a side panel and no site access at install', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel?.default_path).toBe('sidepanel.html');
    expect(m.options_ui?.page).toBe('dashboard.html');
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    const text = JSON.stringify({ permissions: m.permissions, host_permissions: m.host_permissions });
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toContain('*://*/*');
    expect(m.permissions).not.toContain('tabs');
    // Sites are granted one by one, from this optional list.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // The default extension CSP is kept: no remote code.
    expect(m.content_security_policy).toBeUndefined();
  });

  test('the Firefox build has a sidebar and no Chrome-only permissions', () => {
    const m = manifest('firefox-mv3');
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.side_panel).toBeUndefined();
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('downloads is only ever an optional permission, asked for when a manager turns automatic backups on', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv3', 'chrome-mv3-e2e']) {
      const m = manifest(dir);
      expect(m.permissions, dir).not.toContain('downloads');
      expect(m.optional_permissions, dir).toEqual(['downloads']);
    }
  });

  test('only the e2e build may reach the demo system on 127.0.0.1', () => {
    expect(manifest('chrome-mv3-e2e').host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  test('the content script bundle contains neither Dexie nor Preact and stays small (at most 6 KB gzipped)', () => {
    const script = readFileSync(join(OUTPUT_DIR, 'chrome-mv3', 'host-content.js'), 'utf8');
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(6 * 1024);
    expect(script).not.toMatch(/Dexie|dexie/);
    expect(script).not.toMatch(/preact|__PREACT|createElement\(/);
    expect(script).not.toMatch(/webextension-polyfill|setInterval/);
  });

  test('the store builds leave out the bench pages', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv3']) {
      const names = files(join(OUTPUT_DIR, dir)).map((f) => f.slice(join(OUTPUT_DIR, dir).length + 1));
      expect(names, dir).not.toContain('bench.html');
      expect(names, dir).not.toContain('blank.html');
    }
    expect(files(join(OUTPUT_DIR, 'chrome-mv3-e2e')).some((f) => f.endsWith('bench.html'))).toBe(true);
  });

  test('no bundle loads remote code', () => {
    for (const f of files(join(OUTPUT_DIR, 'chrome-mv3')).filter((x) => /\.(js|html)$/.test(x))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(text, f).not.toMatch(/import\(["']https?:/);
    }
  });
});
