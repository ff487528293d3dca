import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

// The README's first command, `npm start`, headless as on a machine with no display: it serves the demo
// practice system, sets the practice up, inserts a text into the demo's message box as a user would, and
// saves the screenshots. It fails if any step does (a panel change once broke it with nothing noticing).
// The e2e build is already in .output (npm test builds it first), so the script skips its own build here.
test('npm start, headless, inserts a text beside the demo and saves the screenshots', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'nudge-start-shots-'));
  try {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--headless'], {
      env: { ...process.env, CI: 'true', NUDGE_START_NO_BUILD: '1', SCREENSHOT_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((ok) => child.on('exit', ok));
    expect(code, out).toBe(0);
    expect(out).toContain('Practice set up as the demo practice');
    expect(out).toContain(`Screenshots saved in ${dir}`);
    for (const f of ['panel-beside-demo.png', 'panel.png', 'demo-page.png']) {
      const png = readFileSync(join(dir, f));
      expect(png.subarray(1, 4).toString(), f).toBe('PNG');
      expect(png.length, f).toBeGreaterThan(10_000);
    }
    expect(existsSync(join(dir, 'panel-beside-demo.png'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
