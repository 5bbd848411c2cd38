import type { ChildProcess } from 'node:child_process';

export interface StartOptions {
  /** The port to listen on; 0 (the default) takes any free port. */
  port?: number;
  /** More command-line flags, e.g. `['--seed', 'rooms=2']`. */
  args?: string[];
  /** How long to wait for the emulator to be ready, in milliseconds (10,000). */
  timeoutMs?: number;
}

export interface RunningEmulator {
  /** The API's base URL, ending in `/v2`: give it to the SDK as `baseURL`. */
  baseUrl: string;
  /** The Ed25519 public key (base64) its webhooks are signed with. */
  publicKey: string;
  /** The web console. */
  consoleUrl: string;
  process: ChildProcess;
  /** Sends SIGTERM and resolves to the exit code once it has stopped. */
  stop(): Promise<number | string>;
}

/** Starts an emulator in the background and resolves once it serves. */
export function start(options?: StartOptions): Promise<RunningEmulator>;
/** The path of the emulator's binary for this platform. */
export function binaryPath(): string;
