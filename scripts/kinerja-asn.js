#!/usr/bin/env node
// The `kinerja-asn` command (package.json "bin"): runs the CLI bundle build/cli.js, which runs the
// built add-on dist/Code.js in the Apps Script emulator. Builds first when either is missing.
/* global require, __dirname, process */
'use strict';
const {spawnSync} = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'build', 'cli.js');
const code = path.join(root, 'dist', 'Code.js');

if (!fs.existsSync(cli) || !fs.existsSync(code)) {
  process.stderr.write(
    'kinerja-asn: build/cli.js atau dist/Code.js belum ada, membangun dulu (node scripts/build.mjs)…\n' +
      'kinerja-asn: build/cli.js or dist/Code.js is missing, building first (node scripts/build.mjs)…\n',
  );
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'build.mjs')],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0 || !fs.existsSync(cli)) {
    process.stderr.write('kinerja-asn: build gagal / build failed\n');
    process.exit(2);
  }
}

require(cli)
  .main(process.argv.slice(2))
  .then(
    status => {
      process.exitCode = status;
    },
    error => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 1;
    },
  );
