import { describe, expect, it } from 'vitest';
import { loadCustomPhaser, memberAt } from './custom-phaser';
import { phaserSourceFiles, phaserUses, type PhaserUse } from './phaser-usage';

// The dev server runs the full Phaser; the production build runs `src/vendor/phaser-custom.cjs`. Whatever the code
// uses and the reduced build lacks works in development and breaks only in production, so it is checked here.

const { phaser, files } = loadCustomPhaser();
interface SceneSettings {
  create(config: object): { map: Record<string, string> };
}
/** Scene property by the systems key that fills it (Phaser's InjectionMap): `scenePlugin` → `scene`, `tweens` → `tweens`… */
const injectionMap = (memberAt(phaser, 'Scenes.Settings') as SceneSettings).create({}).map;

/** Where the game-wide systems a scene receives come from: the Game makes each one only if its code is built in. */
const GLOBAL_SYSTEM_HOMES: Record<string, string> = {
  game: 'Game',
  anims: 'Animations',
  cache: 'Cache',
  plugins: 'Plugins',
  registry: 'Data',
  scale: 'Scale',
  sound: 'Sound',
  textures: 'Textures',
  renderer: 'Renderer',
};

const uses = phaserUses(phaserSourceFiles(), new Set(Object.values(injectionMap)));

interface PluginCache {
  getCore(key: string): { mapping?: string } | undefined;
}
interface DefaultPlugins {
  Global: string[];
  CoreScene: string[];
  DefaultScene: string[];
}

/** The scene properties the reduced build fills, as a scene's Systems installs them. */
function providedSystems(): Set<string> {
  const pluginCache = memberAt(phaser, 'Plugins.PluginCache') as PluginCache;
  const defaults = memberAt(phaser, 'Plugins.DefaultPlugins') as DefaultPlugins;
  const keys = [
    ...[...defaults.CoreScene, ...defaults.DefaultScene].map(
      (plugin) => pluginCache.getCore(plugin)?.mapping,
    ),
    ...defaults.Global.filter((key) => memberAt(phaser, GLOBAL_SYSTEM_HOMES[key] ?? '') !== undefined),
    'sys',
  ];
  return new Set(keys.filter((key): key is string => !!key).map((key) => injectionMap[key] ?? key));
}

const missing = (kind: PhaserUse['kind'], exists: (name: string) => boolean) => [
  ...new Set(
    uses.filter((use) => use.kind === kind && !exists(use.name)).map((use) => `${use.name} (${use.file})`),
  ),
];

describe('the reduced Phaser of the production build', () => {
  it("is loaded from its own entry, without the full build or Phaser's core entry", () => {
    expect(files[0]).toMatch(/src[\\/]vendor[\\/]phaser-custom\.cjs$/);
    expect(files.some((file) => /phaser[\\/]src[\\/]phaser(-core)?\.js$/.test(file))).toBe(false);
    // The loader's file types and the input plugins are left out; the renderers, scenes and game objects are in.
    expect(files.some((file) => file.includes('loader/filetypes/'))).toBe(false);
    expect(files.some((file) => file.endsWith('input/InputPlugin.js'))).toBe(false);
    // Of the Math namespace, only the random generator the game config reads (src/vendor/phaser-random.cjs).
    expect(files.some((file) => /phaser[\\/]src[\\/]math[\\/]index\.js$/.test(file))).toBe(false);
    expect(files.some((file) => file.endsWith('renderer/webgl/WebGLRenderer.js'))).toBe(true);
    expect(files.length).toBeGreaterThan(400);
  });

  it('the scan finds the uses it must find, and no type-only ones', () => {
    const names = (kind: PhaserUse['kind']) =>
      new Set(uses.filter((use) => use.kind === kind).map((use) => use.name));
    expect([...names('namespace')]).toEqual(
      expect.arrayContaining(['Game', 'Scene', 'GameObjects.Container', 'Math.Clamp', 'Scale.Events.RESIZE']),
    );
    expect([...names('namespace')].filter((name) => name.startsWith('Types.'))).toEqual([]);
    expect([...names('factory')]).toEqual(
      expect.arrayContaining(['add.graphics', 'add.text', 'add.container']),
    );
    expect([...names('system')]).toEqual(
      expect.arrayContaining(['add', 'make', 'tweens', 'cameras', 'scale']),
    );
  });

  it('has every Phaser.* member the code reads at run time', () => {
    expect(missing('namespace', (name) => memberAt(phaser, name) !== undefined)).toEqual([]);
  });

  it('registers every game-object factory the code calls (this.add.*, scene.add.*)', () => {
    const factory = memberAt(phaser, 'GameObjects.GameObjectFactory.prototype');
    const creator = memberAt(phaser, 'GameObjects.GameObjectCreator.prototype');
    expect(
      missing('factory', (name) => {
        const [kind, method] = name.split('.') as [string, string];
        return typeof memberAt(kind === 'add' ? factory : creator, method) === 'function';
      }),
    ).toEqual([]);
  });

  it('installs every scene system the code uses (this.tweens, this.time, this.cameras…)', () => {
    expect(Object.keys(GLOBAL_SYSTEM_HOMES).sort()).toEqual(
      [...(memberAt(phaser, 'Plugins.DefaultPlugins.Global') as string[])].sort(),
    );
    const provided = providedSystems();
    expect(provided.has('sound'), 'sound is off in the build: audio goes through Howler').toBe(false);
    expect(missing('system', (name) => provided.has(name))).toEqual([]);
  });
});
