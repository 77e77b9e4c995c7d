import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium() ?? undefined;
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
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 720 },
    launchOptions,
    trace: 'retain-on-failure',
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
    command: 'npx vite build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
