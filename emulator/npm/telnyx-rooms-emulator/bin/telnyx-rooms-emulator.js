#!/usr/bin/env node
'use strict';
// `npx telnyx-rooms-emulator [flags]`: runs this platform's binary with the flags given, passing
// signals on and exiting with its code.
const { spawn } = require('node:child_process');
const { constants } = require('node:os');
const { binaryPath } = require('../index.js');

let binary;
try {
  binary = binaryPath();
} catch (e) {
  console.error(`telnyx-rooms-emulator: ${e.message}`);
  process.exit(1);
}
const child = spawn(binary, process.argv.slice(2), { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (e) => {
  console.error(`telnyx-rooms-emulator: cannot run ${binary}: ${e.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
