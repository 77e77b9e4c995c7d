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

/** A Phaser source file as the production build compiles it (`tests/unit/stage/phaser-build.test.ts` loads it so too). */
export function phaserSourceForBuild(code: string): string {
  return code
    .replace(flagPattern, (_, flag: string) => String(phaserFlags[flag]))
    .replace("require('phaser3spectorjs')", 'null')
    .replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser');
}

function phaserCoreBuild(): Plugin {
  return {
    name: 'phaser-core-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/phaser/src/') && !id.endsWith('phaser-custom.cjs')) return null;
      return phaserSourceForBuild(code);
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

/**
 * The game's Content-Security-Policy: scripts, styles, fonts and requests only from the game's own origin.
 * Images and sounds may also be data: and blob: URLs: Phaser makes its built-in textures from data: URLs, and the
 * sounds are synthesized in the page and handed to Howler as data: URLs. README.md (Deploy) gives the same policy
 * as an HTTP header, plus what a <meta> cannot carry: frame-ancestors, report-uri and sandbox are ignored there.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy in the built page only. The dev server needs what the policy forbids: it injects each stylesheet
 * as a <style> element, and its error overlay styles itself inline.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      // Right after the charset, ahead of every script and stylesheet the policy has to cover.
      const charset = '<meta charset="utf-8" />';
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the CSP after.`);
      const policy = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${policy}`);
    },
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  publicDir: false,
  plugins: command === 'build' ? [phaserCoreBuild(), preloadStage(), contentSecurityPolicy()] : [],
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
