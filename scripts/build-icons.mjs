// Draws the app icons (assets/icons/*.png) from assets/icons/icon.svg with headless Chromium:
// `node scripts/build-icons.mjs`. Run it again after changing the SVG, and commit the PNGs.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const ICONS = fileURLToPath(new URL('../assets/icons/', import.meta.url));
/** The night slate of the stage (art direction): the full-bleed background of maskable and Apple icons. */
const NIGHT = '#0f1720';

/**
 * Each PNG the web app manifest or index.html names. `bleed` fills the square and shrinks the emblem into the
 * middle 80%, the safe zone a launcher's mask (circle, squircle) never cuts; iOS rounds its icon itself.
 */
const ICON_FILES = [
  { file: 'icon-192.png', size: 192, bleed: false },
  { file: 'icon-512.png', size: 512, bleed: false },
  { file: 'icon-maskable-512.png', size: 512, bleed: true },
  { file: 'apple-touch-icon.png', size: 180, bleed: true },
];

function pageFor(svg, size, bleed) {
  const emblem = bleed ? Math.round(size * 0.8) : size;
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:${bleed ? NIGHT : 'transparent'}">
<div style="width:${size}px;height:${size}px;display:grid;place-items:center">
<img src="${source}" width="${emblem}" height="${emblem}" alt=""></div></body></html>`;
}

async function main() {
  const svg = await readFile(`${ICONS}icon.svg`, 'utf8');
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
  try {
    for (const { file, size, bleed } of ICON_FILES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(pageFor(svg, size, bleed));
      await page.locator('img').evaluate((img) => img.decode());
      await writeFile(`${ICONS}${file}`, await page.screenshot({ omitBackground: !bleed }));
      await page.close();
      console.log(`assets/icons/${file}: ${size}×${size}${bleed ? ', full bleed' : ''}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
