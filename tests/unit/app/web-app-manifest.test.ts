import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_APP_MANIFEST } from '../../../vite.config';

const root = new URL('../../../', import.meta.url);

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(path: URL): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex'), `${path.pathname} is a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The `rgba` colour type (6) keeps a transparent corner; 2 is plain RGB. */
function pngHasAlpha(path: URL): boolean {
  return readFileSync(path)[25] === 6;
}

describe('the web app manifest', () => {
  it('names the game, starts and stays in its own folder, and opens standalone', () => {
    expect(WEB_APP_MANIFEST).toMatchObject({
      name: 'Crossroads',
      short_name: 'Crossroads',
      start_url: './',
      scope: './',
      display: 'standalone',
      lang: 'en',
    });
  });

  it('takes its colours from the stage’s night slate', () => {
    const night = /--night:\s*(#[0-9a-f]{6});/i.exec(
      readFileSync(new URL('src/styles.css', root), 'utf8'),
    )?.[1];
    expect(night).toBeDefined();
    expect(WEB_APP_MANIFEST.theme_color.toLowerCase()).toBe(night!.toLowerCase());
    expect(WEB_APP_MANIFEST.background_color.toLowerCase()).toBe(night!.toLowerCase());
  });

  it('has a 192 and a 512 icon, and a maskable 512 one', () => {
    const icons = WEB_APP_MANIFEST.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(icons).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });

  it.each(WEB_APP_MANIFEST.icons)('$src exists in assets/ at $sizes pixels', (icon) => {
    const file = new URL(`assets/${icon.src}`, root);
    expect(existsSync(file), `assets/${icon.src}`).toBe(true);
    const { width, height } = pngSize(file);
    expect(`${width}x${height}`).toBe(icon.sizes);
    // A launcher's mask cuts a maskable icon anywhere outside its middle: it has no transparent corners to show.
    expect(pngHasAlpha(file)).toBe(icon.purpose !== 'maskable');
  });
});

describe('the page’s own icons', () => {
  const html = readFileSync(new URL('index.html', root), 'utf8');

  it('links an Apple touch icon of 180×180 from assets/', () => {
    const href = /<link rel="apple-touch-icon" href="\/(assets\/[^"]+\.png)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(pngSize(new URL(href!, root))).toEqual({ width: 180, height: 180 });
  });

  it('links the source SVG as the favicon', () => {
    const href = /<link rel="icon" href="\/(assets\/[^"]+\.svg)"/.exec(html)?.[1];
    expect(href).toBe('assets/icons/icon.svg');
    expect(readFileSync(new URL(href!, root), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
  });
});
