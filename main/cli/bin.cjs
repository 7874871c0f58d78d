#!/usr/bin/env -S node --max-semi-space-size=4
// The `cellbook` command: loads the CLI bundle that `npm install` built (prepare script).
//
// V8's young generation is capped at 4 MB a half (Node's default lets it grow to 16): a command
// works on columns of typed arrays, not on many short-lived objects, and the larger young
// generation only held memory. Measured on the import benchmark's 5 M-row file when this was set:
// a peak of 298-305 MB (291,344-297,452 KiB by /usr/bin/time) instead of 323-344 MB, and no slower
// (npm run bench:import runs the command through this line).
// The option can only be given when Node starts, hence the first line (`node main/cli/bin.cjs`, as
// the npm scripts run it, goes without it).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, 'out', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  console.error(`cellbook: the command is not built yet (${bundle} is missing); run "npm install" or "npm run build" in ${root}`);
  process.exit(1);
}
// Output to a closed pipe (`cellbook builds --json | head`) ends quietly with status 0, as Unix
// tools do: the reader has what it wanted. Any other output error is a real one.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
require(bundle);
