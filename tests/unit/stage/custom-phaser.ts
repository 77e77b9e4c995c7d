import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { phaserSourceForBuild } from '../../../vite.config';

const root = join(import.meta.dirname, '../../..');
export const CUSTOM_ENTRY = join(root, 'src/vendor/phaser-custom.cjs');

/** A stand-in for any browser object Phaser's device checks read while loading: every property and call is one too. */
function standIn(): unknown {
  return new Proxy(function () {}, {
    get: (_, key) => (key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? {} : standIn()),
    apply: () => standIn(),
    construct: () => standIn() as object,
  });
}

/**
 * The reduced Phaser of the production build, loaded the way the build bundles it: from `src/vendor/phaser-custom.cjs`
 * through its `require`s, each file with the build's flags replaced. It runs in a sandbox whose browser globals are
 * stand-ins, so only what the entry really requires is there. Returns the Phaser namespace and the files it loaded.
 */
export function loadCustomPhaser(entry = CUSTOM_ENTRY): { phaser: Record<string, unknown>; files: string[] } {
  // JavaScript's own globals come from Node; anything else a browser would have is a stand-in.
  const host = globalThis as unknown as Record<string | symbol, unknown>;
  const sandbox = vm.createContext(
    new Proxy({} as Record<string | symbol, unknown>, {
      has: () => true,
      get: (own, key) =>
        key in own ? own[key] : key in host ? host[key] : typeof key === 'symbol' ? undefined : standIn(),
    }),
  );
  const modules = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const cached = modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const run = vm.compileFunction(
      phaserSourceForBuild(readFileSync(file, 'utf8')),
      ['exports', 'require', 'module', '__filename', '__dirname'],
      { parsingContext: sandbox, filename: file },
    );
    const resolve = createRequire(file).resolve;
    run(module.exports, (request: string) => load(resolve(request)), module, file, dirname(file));
    return module.exports;
  };
  const phaser = load(entry) as Record<string, unknown>;
  return { phaser, files: [...modules.keys()] };
}

/** The value at a dotted path such as `GameObjects.Container`, or undefined where the path breaks off. */
export function memberAt(namespace: unknown, path: string): unknown {
  let value = namespace;
  for (const part of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
