// `npm test`: every suite in order (build, type-check, lint, unit + integration, end-to-end),
// each printing its own output, then one plain line that CI reads: "N passed, N failed".
// Type-check, lint and build count as one check each; skipped tests count as neither.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const tmp = path.resolve('.tmp');
mkdirSync(tmp, { recursive: true });
const vitestJson = path.join(tmp, 'vitest-results.json');
const playwrightJson = path.join(tmp, 'playwright-results.json');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSuites = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  process.stdout.write(`--- ${label}: ${result.status === 0 ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result.status === 0;
}

function countCheck(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failedSuites.push(label);
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const built = run('build', npm, ['run', '--silent', 'build']);
countCheck('build', built);
countCheck('type-check', run('type-check', npm, ['run', '--silent', 'typecheck']));
countCheck('lint', run('lint', npx, ['eslint', '.']));

rmSync(vitestJson, { force: true });
const unitOk = run('unit and integration tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no failed tests but is a failure.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'));
  totals.failed += brokenFiles.length;
  // Vitest also fails a run for an unhandled error outside any test: that counts as one failure.
  if (!unitOk && report.numFailedTests === 0 && brokenFiles.length === 0) countCheck('vitest (run failed: unhandled errors, see above)', false);
  if (!unitOk) failedSuites.push('vitest');
} else {
  countCheck('vitest (no report written)', false);
}

if (built) {
  rmSync(playwrightJson, { force: true });
  const e2eOk = run('end-to-end tests (Playwright, Chromium)', npx, ['playwright', 'test'], { CELLBOOK_PLAYWRIGHT_JSON: playwrightJson });
  if (existsSync(playwrightJson)) {
    const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
    if (!e2eOk && stats.unexpected === 0) countCheck('playwright (run failed)', false);
    if (!e2eOk) failedSuites.push('playwright');
  } else {
    countCheck('playwright (no report written; see above)', false);
  }
} else {
  countCheck('end-to-end tests (not run: the build failed)', false);
}

process.stdout.write(`\nSkipped: ${totals.skipped} (reasons printed above).${failedSuites.length ? ` Failed: ${failedSuites.join(', ')}.` : ''}\n`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
process.exitCode = totals.failed > 0 ? 1 : 0;
