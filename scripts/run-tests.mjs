// The whole test suite in CI order: browser and Redis check, type-check, lint, unit tests, end-to-end tests.
// Ends with a plain "N passed, N failed" line, because CI reads that line and not the runners' own summaries.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (outcome.status !== 0) failures.push(label);
  return outcome.status === 0;
}

/** A failed check step (no tests of its own) counts as one failure in the closing line. */
function countStep(ok) {
  if (!ok) results.failed += 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });
for (const file of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(file, { force: true });

countStep(run('Chromium for end-to-end tests', 'bash', ['scripts/ensure-chromium.sh']));
countStep(run('Redis for the two-process live-session test', 'bash', ['scripts/ensure-redis.sh']));
countStep(run('Type-check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']));
countStep(run('Lint and format check', 'npm', ['run', '--silent', 'lint']));

const unitOk = run('Unit tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
} else if (!unitOk) results.failed += 1;

const e2eOk = run('End-to-end tests (Playwright, Debian Chromium)', 'npx', ['playwright', 'test'], {
  CI: process.env.CI ?? '1',
});
const e2e = readJson('test-results/e2e.json');
if (e2e?.stats) {
  results.passed += e2e.stats.expected;
  results.failed += e2e.stats.unexpected + e2e.stats.flaky;
} else if (!e2eOk) results.failed += 1;

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(failures.length || results.failed ? 1 : 0);
