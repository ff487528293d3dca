// ESLint (flat config): TypeScript rules plus the security rules Nudge depends on. Part of `npm test`.
// Not type-aware on purpose: the whole of `npm test` must stay quick on a 2-core machine, and the
// rules that matter here (sinks, eval, imports, chrome.*) are syntactic.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Ways of turning a string into markup or code. Nudge builds DOM nodes and sets textContent instead. */
const SINK_PROPERTIES = ['innerHTML', 'outerHTML', 'srcdoc'];
const sinkRules = [
  ...SINK_PROPERTIES.map((p) => ({
    selector: `MemberExpression[property.name='${p}']`,
    message: `${p} parses a string as HTML: build nodes and set textContent instead.`,
  })),
  ...SINK_PROPERTIES.map((p) => ({
    selector: `MemberExpression[computed=true][property.value='${p}']`,
    message: `${p} parses a string as HTML: build nodes and set textContent instead.`,
  })),
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML parses a string as HTML: use insertAdjacentText or build nodes.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']",
    message: 'document.write parses a string as HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'createContextualFragment parses a string as HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='parseFromString']",
    message: 'DOMParser.parseFromString turns a string into markup: build nodes instead.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is not allowed: render text as children.',
  },
  {
    selector: "JSXAttribute[name.name='srcdoc'], JSXAttribute[name.name='srcDoc']",
    message: 'srcdoc parses a string as HTML.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is not allowed: render text as children.',
  },
];

/** Turning a string into code. */
const codeRules = [
  {
    // setTimeout("code"), setInterval(`code`): implied eval, whatever the receiver.
    selector:
      "CallExpression[callee.name=/^(setTimeout|setInterval|execScript)$/] > :matches(Literal[value=/./], TemplateLiteral).arguments:first-child, CallExpression[callee.property.name=/^(setTimeout|setInterval)$/] > :matches(Literal[value=/./], TemplateLiteral).arguments:first-child",
    message: 'A string passed to setTimeout/setInterval is evaluated as code: pass a function.',
  },
  {
    selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
    message: 'new Function evaluates a string as code.',
  },
];

/** Outside the content script and entrypoints, extension APIs come from `browser` (wxt/browser). */
const chromeRules = [
  {
    selector: "MemberExpression[property.name='chrome']",
    message: "Use `browser` from 'wxt/browser'; only src/page/host-script.ts, src/page/content.ts and entrypoints/ may touch chrome.*.",
  },
];

/** Content scripts run beside host pages: no framework, no database, no polyfill, no schema library. */
const contentScriptImports = {
  paths: [
    { name: 'dexie', message: 'Content scripts never open the database (DESIGN.md principle 2).' },
    { name: 'valibot', message: 'Content scripts use the hand-written guards in src/messaging/guards.ts.' },
    { name: 'webextension-polyfill', message: 'Content scripts use the minimal chrome API, not the polyfill.' },
  ],
  patterns: [
    {
      group: ['dexie/*', 'preact', 'preact/*', '@preact/*', 'valibot/*', 'webextension-polyfill/*', '@wxt-dev/*'],
      message: 'Content scripts never import Dexie, Preact, valibot or the polyfill (DESIGN.md principle 3).',
    },
    {
      regex: '^wxt(?!/utils/define-unlisted-script$)(/.*)?$',
      message: "Content scripts never import wxt/browser or WXT's runtime (it brings the polyfill).",
    },
    {
      group: ['**/messaging/protocol', '**/messaging/protocol.ts', '**/log/*', '**/ui/*', '**/ui/**', '**/settings/*', '**/templates/*', '**/catalogue/*'],
      allowTypeImports: true,
      message: 'Content scripts import only src/page and src/messaging/guards (types from elsewhere are fine).',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'demo/**',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'document.write parses a string as HTML.' },
        { object: 'document', property: 'writeln', message: 'document.writeln parses a string as HTML.' },
        { object: 'window', property: 'eval', message: 'eval runs a string as code.' },
        { object: 'globalThis', property: 'eval', message: 'eval runs a string as code.' },
      ],
      'no-restricted-syntax': ['error', ...sinkRules, ...codeRules],
      // Tests and adapters legitimately narrow `unknown` with casts; keep the signal, not the noise.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-empty-pattern': 'off', // Playwright fixtures are written `async ({}, use) => …`
    },
  },
  {
    // Extension code in src/ reaches extension APIs through `browser`, except the content script's
    // own entry (it must stay polyfill-free) — entrypoints/ are thin wiring and may use either.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/page/host-script.ts', 'src/page/content.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: "Use `browser` from 'wxt/browser' (only src/page/host-script.ts, src/page/content.ts and entrypoints/ may touch chrome.*)." }],
      'no-restricted-syntax': ['error', ...sinkRules, ...codeRules, ...chromeRules],
    },
  },
  {
    // Tests may build fixture pages from fixed markup and read it back; code-from-strings stays banned.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...codeRules],
    },
  },
  {
    files: ['src/page/**/*.ts', 'src/messaging/guards.ts', 'src/messaging/limits.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', contentScriptImports],
    },
  },
);
