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
require(bundle);
