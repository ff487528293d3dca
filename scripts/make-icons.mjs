// Renders public/icon/{16,32,48,128}.png from the SVG below with the local Chromium. Run by hand
// when the icon changes (`node scripts/make-icons.mjs`); the PNGs are committed.
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#005eb8"/>
  <path d="M24 30h80a8 8 0 0 1 8 8v44a8 8 0 0 1-8 8H58l-22 18v-18H24a8 8 0 0 1-8-8V38a8 8 0 0 1 8-8z" fill="#fff"/>
  <path d="M44 78V42h10l20 24V42h10v36H74L54 54v24z" fill="#005eb8"/>
</svg>`;

const browser = await chromium.launch({ executablePath: await findBrowser(), headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('Icons written to public/icon/');
