// Finds a Chromium binary for Playwright and the bench: CHROMIUM_PATH, then Debian's chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    return (
      execSync('command -v chromium || command -v chromium-browser', {
        encoding: 'utf8',
        shell: '/bin/sh',
      }).trim() || null
    );
  } catch {
    return null;
  }
}
