/**
 * Draws the toolbar icons (public/icon/{16,32,48,128}.png) from one SVG with Chromium, so the
 * PNGs can be regenerated after a design change: `npx tsx tests/demo/draw-icons.ts`.
 * The design is a magnifier over a highlighted line: "a lens that marks the figures".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, ROOT } from '../e2e/harness';

const SIZES = [16, 32, 48, 128];

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1d4ed8"/>
  <rect x="26" y="46" width="50" height="18" rx="4" fill="#fde68a"/>
  <circle cx="54" cy="54" r="30" fill="none" stroke="#ffffff" stroke-width="11"/>
  <line x1="77" y1="77" x2="104" y2="104" stroke="#ffffff" stroke-width="15" stroke-linecap="round"/>
</svg>`;

const browser = await launchBrowser({ extension: null });
try {
  const page = await browser.context.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${SVG}`);
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(join(ROOT, 'public', 'icon', `${size}.png`), png);
    console.log(`public/icon/${size}.png ${png.length} B`);
  }
} finally {
  await browser.close();
}
