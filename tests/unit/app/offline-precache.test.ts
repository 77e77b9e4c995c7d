import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECACHED_FONT_SUBSETS, SERVICE_WORKER } from '../../../vite.config';

const root = new URL('../../../', import.meta.url);

/** Whether the service worker answers a navigation to `path` (pathname and query) with the game's page. */
function answersNavigation(path: string): boolean {
  return (
    SERVICE_WORKER.navigateFallbackAllowlist.some((pattern) => pattern.test(path)) &&
    !SERVICE_WORKER.navigateFallbackDenylist.some((pattern) => pattern.test(path))
  );
}

describe('what the service worker answers', () => {
  it('caches nothing at run time: only the build’s own files, precached', () => {
    expect(SERVICE_WORKER.runtimeCaching).toEqual([]);
  });

  it.each([
    '/',
    '/?lng=ru&chapters=ch01,ch04',
    '/index.html',
    '/crossroads/?test=1&seed=42',
    '/crossroads/index.html',
  ])('answers a reload of the game’s page %s offline', (path) => expect(answersNavigation(path)).toBe(true));

  it.each([
    '/socket.io/',
    '/socket.io/?EIO=4&transport=polling&t=abc',
    '/crossroads/socket.io/?EIO=4&transport=websocket',
    '/join',
    '/join?code=AB12',
    '/join/',
    '/join.html',
    '/api/session',
    '/teacher/notes.pdf',
    '/?next=/join/',
  ])('leaves %s to the network', (path) => expect(answersNavigation(path)).toBe(false));

  it('precaches neither the live session’s page nor anything outside the build', () => {
    expect(SERVICE_WORKER.globIgnores).toContain('join.html');
    expect(SERVICE_WORKER.globPatterns.join(' ')).not.toMatch(/socket|\.\.|^\//);
  });
});

/** Each @fontsource subset of the game's families with its unicode-range, as [first, last] code points. */
function fontSubsets(): Map<string, [number, number][]> {
  const subsets = new Map<string, [number, number][]>();
  for (const family of ['noto-sans', 'noto-serif'])
    for (const weight of ['400', '700']) {
      const css = readFileSync(new URL(`node_modules/@fontsource/${family}/${weight}.css`, root), 'utf8');
      for (const [, name, ranges] of css.matchAll(
        /\/\* noto-(?:sans|serif)-([a-z-]+)-\d+-normal \*\/[^}]*?unicode-range: ([^;]+);/g,
      ))
        subsets.set(
          name!,
          ranges!.split(',').map((range) => {
            const [first, last = first] = range.trim().slice(2).split('-');
            return [parseInt(first!, 16), parseInt(last!, 16)];
          }),
        );
    }
  return subsets;
}

function jsonFiles(folder: URL): URL[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFiles(new URL(`${entry.name}/`, folder))
      : entry.name.endsWith('.json')
        ? [new URL(entry.name, folder)]
        : [],
  );
}

describe('the fonts kept for offline play', () => {
  it('cover every character of every language’s texts that the game’s fonts have', () => {
    const subsets = fontSubsets();
    expect([...subsets.keys()]).toEqual(expect.arrayContaining([...PRECACHED_FONT_SUBSETS]));
    const covers = (name: string, code: number) =>
      (subsets.get(name) ?? []).some(([first, last]) => code >= first && code <= last);
    const texts = [...jsonFiles(new URL('locales/', root)), ...jsonFiles(new URL('src/content/data/', root))];
    const uncovered = new Set<string>();
    for (const file of texts)
      for (const character of readFileSync(file, 'utf8')) {
        const code = character.codePointAt(0)!;
        const inSomeSubset = [...subsets.keys()].some((name) => covers(name, code));
        if (inSomeSubset && !PRECACHED_FONT_SUBSETS.some((name) => covers(name, code)))
          uncovered.add(character);
      }
    expect([...uncovered]).toEqual([]);
  });

  it('are woff2 files of those subsets only', () => {
    const fontPattern = SERVICE_WORKER.globPatterns.find((pattern) => pattern.endsWith('.woff2'));
    expect(fontPattern).toBe(`assets/*-{${PRECACHED_FONT_SUBSETS.join(',')}}-[0-9]*.woff2`);
  });
});
