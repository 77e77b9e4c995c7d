import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import type { GenerateSWOptions } from 'workbox-build';

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

/** Phaser's random generator alone, for the two files that otherwise pull in the whole Math namespace. */
const phaserRandom = fileURLToPath(new URL('./src/vendor/phaser-random.cjs', import.meta.url));

/** A Phaser source file as the production build compiles it (`tests/unit/stage/phaser-build.test.ts` loads it so too). */
export function phaserSourceForBuild(code: string): string {
  return code
    .replace(flagPattern, (_, flag: string) => String(phaserFlags[flag]))
    .replace("require('phaser3spectorjs')", 'null')
    .replace(/require\('(?:\.\.\/)+math\/?'\)/g, `require(${JSON.stringify(phaserRandom)})`)
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
 * Lets the page fetch the map's small image while it starts, so that the title's first picture of the stage
 * (src/stage/stage-poster.ts) shows the land at once. Phaser and the scenes are not preloaded: they are fetched once
 * that picture is up, so that on a slow school network the first screen does not share the line with them.
 */
function preloadMap(): Plugin {
  return {
    name: 'preload-map',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // The student's page (join.html) has no stage.
        if (!context.path.endsWith('/index.html')) return [];
        const mapImages = Object.values(context.bundle ?? {}).filter(
          (file) => file.type === 'asset' && /(^|\/)land-small-[\w-]+\.webp$/.test(file.fileName),
        );
        return mapImages.map((image) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'image', href: `./${image.fileName}` },
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

/**
 * The font subsets the service worker keeps for offline play: the four languages need latin, latin-ext (Azerbaijani
 * ə, Turkish ğ ı ş) and cyrillic; `tests/unit/app/offline-precache.test.ts` checks every character the texts use.
 */
export const PRECACHED_FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;

/** The night slate of the stage (art direction): the installed app's title bar and splash screen. */
const NIGHT = '#0f1720';

/** The app icons drawn by `scripts/build-icons.mjs`, emitted at fixed names for the web app manifest. */
const MANIFEST_ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

function emitManifestIcons(): Plugin {
  return {
    name: 'emit-manifest-icons',
    apply: 'build',
    generateBundle() {
      for (const icon of MANIFEST_ICONS) {
        const source = readFileSync(new URL(`./assets/${icon.src}`, import.meta.url));
        this.emitFile({ type: 'asset', fileName: icon.src, source });
      }
    },
  };
}

/** The web app manifest, which makes the game installable (Chromebooks, Android, desktop). */
export const WEB_APP_MANIFEST = {
  id: './',
  name: 'Crossroads',
  short_name: 'Crossroads',
  description:
    'Steer Azerbaijan through the 2024–2025 crisis with Russia, then see what really happened, with dated sources.',
  lang: 'en',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: NIGHT,
  background_color: NIGHT,
  categories: ['education', 'games'],
  icons: MANIFEST_ICONS,
} satisfies Partial<ManifestOptions>;

/**
 * What the service worker keeps and answers: every file of the build (every chunk, so every chapter, language and
 * page; the fonts the texts need; the map; the icons), nothing cached at run time, and navigations only to the
 * game's own page. The live session's `/socket.io/` and `/join`, and any other path, always go to the network.
 */
export const SERVICE_WORKER = {
  globPatterns: [
    '**/*.{html,js,css,json,png,svg,webp}',
    `assets/*-{${PRECACHED_FONT_SUBSETS.join(',')}}-[0-9]*.woff2`,
  ],
  // The student's page works only with the live server, which serves it itself.
  globIgnores: ['**/node_modules/**', 'join.html'],
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  // A reload with `?lng=ru&chapters=…` is the game's page too; nothing else is.
  navigateFallback: 'index.html',
  navigateFallbackAllowlist: [/^[^?]*\/(?:index\.html)?(?:\?.*)?$/],
  navigateFallbackDenylist: [/\/socket\.io\//, /\/join(?:[/?.]|$)/],
  runtimeCaching: [],
  cleanupOutdatedCaches: true,
  // The first visit's page is served from the copy as soon as it is complete; an update still waits for Reload.
  clientsClaim: true,
} satisfies Partial<GenerateSWOptions>;

/**
 * Offline play and installing (vite-plugin-pwa, Workbox's generateSW). A new version waits for the player
 * (`registerType: 'prompt'`, see src/app/service-worker.ts), which the page registers from a module: no inline script.
 */
export function offlinePlay(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeManifestIcons: false,
    manifest: WEB_APP_MANIFEST,
    workbox: SERVICE_WORKER,
  });
}

export default defineConfig(({ command }) => ({
  base: './',
  publicDir: false,
  plugins: [
    ...(command === 'build'
      ? [phaserCoreBuild(), preloadMap(), contentSecurityPolicy(), emitManifestIcons()]
      : []),
    // Also in dev and tests, where its `virtual:pwa-register` does nothing.
    ...offlinePlay(),
  ],
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
      // The game, and the page a student opens from the session's QR code (`/join`, served by `npm start`).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        join: fileURLToPath(new URL('./join.html', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]|phaser-custom\.cjs$/ },
            // Howler is fetched on the first sound, never on the first screen.
            { name: 'howler', test: /node_modules[\\/]howler[\\/]/, priority: 1 },
            // Socket.IO's client and the QR code: fetched when a live session starts or a student joins.
            {
              name: 'live',
              test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io[\\/]component-emitter|qrcode-generator|debug|ms)[\\/]/,
              priority: 1,
            },
            // Workbox's window library registers the service worker once the stage is drawn.
            { name: 'workbox-window', test: /node_modules[\\/]workbox-window[\\/]/, priority: 1 },
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
