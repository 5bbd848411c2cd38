'use strict';
// The emulator's binary comes in a package of its own per platform (named in
// optionalDependencies, so npm installs only the one that fits); this finds it, starts it in
// the background, waits for its ready file and stops it.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PLATFORMS = { 'linux-x64': '@telnyx-rooms/emulator-linux-x64' };

/** The path of the emulator's binary for this platform (or TELNYX_ROOMS_EMULATOR_BINARY). */
function binaryPath() {
  if (process.env.TELNYX_ROOMS_EMULATOR_BINARY) return process.env.TELNYX_ROOMS_EMULATOR_BINARY;
  const platform = `${process.platform}-${process.arch}`;
  const pkg = PLATFORMS[platform];
  if (!pkg) {
    throw new Error(
      `telnyx-rooms-emulator has no binary for ${platform} (there is one for ${Object.keys(PLATFORMS).join(', ')}); ` +
        'build it with `cargo install telnyx-rooms-emulator` and set TELNYX_ROOMS_EMULATOR_BINARY to it');
  }
  try {
    return require.resolve(`${pkg}/bin/telnyx-rooms-emulator`);
  } catch {
    throw new Error(`${pkg} is not installed: it is an optional dependency of telnyx-rooms-emulator; ` +
      'install without --no-optional (or --omit=optional)');
  }
}

/**
 * Starts an emulator in the background and resolves once it serves.
 * Options: port (0: any free port), args (more flags, e.g. ['--seed', 'rooms=2']),
 * timeoutMs (how long to wait for it to be ready, 10 s).
 * Resolves to { baseUrl, publicKey, consoleUrl, process, stop() }; stop() sends SIGTERM and
 * resolves to the exit code once it has stopped.
 */
async function start({ port = 0, args = [], timeoutMs = 10000 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telnyx-rooms-emulator-'));
  const ready = path.join(dir, 'ready');
  // stdin stays open to this process: if it dies without stop(), the emulator stops with it.
  const child = spawn(binaryPath(), ['--port', String(port), '--ready-file', ready, '--exit-with-stdin', ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  let failed = null;
  child.on('error', (e) => { failed = e; });
  child.stderr.on('data', (c) => { stderr += c; });
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
  const deadline = Date.now() + timeoutMs;
  let text = '';
  for (;;) {
    try { text = fs.readFileSync(ready, 'utf8'); } catch { text = ''; }
    if (text.includes('webhook-public-key')) break;
    if (failed) throw new Error(`cannot start the emulator (${binaryPath()}): ${failed.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the emulator exited (${child.exitCode ?? child.signalCode}) before it was ready: ${stderr}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the emulator was not ready within ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((ok) => setTimeout(ok, 25));
  }
  const line = (name) => text.split('\n').find((l) => l.startsWith(`${name} `)).slice(name.length + 1).trim();
  const baseUrl = line('listening');
  return {
    baseUrl,
    publicKey: line('webhook-public-key'),
    consoleUrl: `${baseUrl}/_emulator/console`,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      fs.rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}

module.exports = { start, binaryPath };
