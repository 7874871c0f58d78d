#!/usr/bin/env node
// The `cellbook` command: loads the CLI bundle that `npm install` built (prepare script).
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
