// `npm run test:stress`: the reliability harnesses (main/reliability) with their large counts.
// `npm test` runs the same files with small counts; CELLBOOK_STRESS=1 is what switches them, and
// each harness prints its figures (kills survived, cases run, refusals seen) as it ends.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);
// `npm run test:stress -- main/reliability/fuzz.test.ts` runs that harness alone.
const files = extra.some((arg) => !arg.startsWith('-')) ? [] : ['main/reliability'];
const result = spawnSync(npx, ['vitest', 'run', ...files, '--testTimeout=0', '--hookTimeout=0', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, CELLBOOK_STRESS: '1' },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
