import { defineConfig } from 'wxt';
import { PUBLIC_KEY } from './scripts/extension-key.mjs';
import { build } from 'esbuild';

/**
 * Build modes:
 * - production (`npm run build`, `npm run zip`): no host access at install; sites are granted one by one.
 * - e2e (`npm run build:e2e`, and `npm run build:e2e:firefox` for Firefox): the same code, plus access to the
 *   demo practice system on 127.0.0.1 so that `npm start` and the browser tests can work without clicking
 *   "Allow on this site".
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Parallel work (and parallel test runs) can build into separate folders: WXT_OUT_DIR=.output-mine.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, browser }) => ({
    name: 'Nudge',
    description: "Helps GP practice staff offer patients the practice's online services, and counts every offer.",
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Asked for only when a manager turns automatic backups on (a click in the dashboard): never at install.
    optional_permissions: ['downloads'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Open Nudge' },
    // Modifier shortcuts only: single-character shortcuts break voice control (WCAG 2.1.4).
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open Nudge',
      },
      'focus-search': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Open Nudge and search texts and prompts' },
    },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Chrome and Edge: one extension id wherever the build is loaded from (docs/deployment.md, "The
    // extension ID"). Only the public key: the private key is never in the repository.
    ...(browser === 'firefox' ? {} : { key: PUBLIC_KEY }),
    // Chrome and Edge: the practice's managed policy (IT sets it; see docs/deployment.md). Firefox reads
    // policies.json's "3rdparty" section without a schema and does not take this key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nudge@nudge.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android has no sidebar, so Nudge is not offered there; if it ever is, the data
            // collection key above needs Android 142 (addons-linter warns about 140 otherwise).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The host content script (src/page/content.ts) is bundled here, outside WXT's entrypoints: see
    // that file for why. Modern syntax only (Chrome 120+, Firefox 140+), so expressions stay literal.
    'build:publicAssets': async (wxt, files) => {
      const out = await build({
        entryPoints: ['src/page/content.ts'],
        bundle: true,
        minify: true,
        format: 'iife',
        target: ['chrome120', 'firefox140'],
        write: false,
        legalComments: 'none',
        logLevel: 'warning',
      });
      files.push({ relativeDest: 'host-content.js', contents: out.outputFiles[0]!.text });
    },
    // The bench's pages (blank.html, bench.html) are for `npm run bench`, which builds in e2e mode:
    // never in a store package.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      for (let i = entrypoints.length - 1; i >= 0; i--) {
        if (['bench', 'blank'].includes(entrypoints[i]!.name)) entrypoints.splice(i, 1);
      }
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
