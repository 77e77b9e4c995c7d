import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

// Phaser's compile-time feature flags, replaced the way Phaser's own webpack build does.
// Sound is off because audio goes through Howler; the core entry leaves out physics and tilemaps.
const phaserFlags: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  FEATURE_SOUND: false,
  WEBGL_DEBUG: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  EXPERIMENTAL: false,
};
const flagPattern = new RegExp(`typeof (${Object.keys(phaserFlags).join('|')})\\b`, 'g');

function phaserCoreBuild(): Plugin {
  return {
    name: 'phaser-core-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/phaser/src/') && !id.endsWith('phaser-custom.cjs')) return null;
      return code
        .replace(flagPattern, (_, flag: string) => String(phaserFlags[flag]))
        .replace("require('phaser3spectorjs')", 'null')
        .replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser');
    },
  };
}

/**
 * Lets the page fetch the stage's chunks (Phaser and the scenes) while it starts, without running them:
 * they run once the title screen is up.
 */
function preloadStage(): Plugin {
  return {
    name: 'preload-stage',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (chunk) => chunk.type === 'chunk' && /^(phaser|create-game)$/.test(chunk.name),
        );
        return chunks.map((chunk) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  publicDir: false,
  plugins: command === 'build' ? [phaserCoreBuild(), preloadStage()] : [],
  resolve:
    command === 'build'
      ? {
          alias: [
            {
              find: /^phaser$/,
              replacement: fileURLToPath(new URL('./src/vendor/phaser-custom.cjs', import.meta.url)),
            },
          ],
        }
      : {},
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]|phaser-custom\.cjs$/ },
            // Howler is fetched on the first sound, never on the first screen.
            { name: 'howler', test: /node_modules[\\/]howler[\\/]/, priority: 1 },
            { name: 'vendor', test: /node_modules[\\/](?!@fontsource)/ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
