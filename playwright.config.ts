import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium() ?? undefined;
// A port and a build folder of this run's own, so that a running `npm start` or a second test run does not collide.
// Workers load this file again: they inherit the port through the environment.
process.env.E2E_PORT ??= String(20000 + (process.pid % 20000));
const port = Number(process.env.E2E_PORT);
const outDir = `.e2e-build/${port}`;
const launchOptions = {
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions,
    trace: 'retain-on-failure',
    // The service worker would serve the game from its copy and hide the failures the tests stage with page.route and
    // setOffline; tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'webgl', testIgnore: /no-webgl\.spec\.ts/ },
    {
      name: 'no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: {
        launchOptions: {
          ...launchOptions,
          args: [...launchOptions.args, '--disable-webgl', '--disable-3d-apis'],
        },
      },
    },
  ],
  webServer: {
    // The project's own server (as `npm start` runs it): the game and live class sessions on one port.
    command:
      `npx vite build --outDir ${outDir} --emptyOutDir` +
      ` && npx vite build --config server/vite.config.ts --outDir ${outDir}-server --emptyOutDir` +
      ` && DIST=${outDir} node ${outDir}-server/main.js --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
