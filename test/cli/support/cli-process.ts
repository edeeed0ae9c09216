import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The built command, run as a user runs it: through its shebang, as a separate process. */
export const CLI = resolve('dist/apps/cli/bulwark.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** An empty config directory and home, so that no test reads the user's own credentials. */
export function tempCliHome(): { path: string; env: Record<string, string>; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'bulwark-cli-'));
  return {
    path,
    env: { HOME: path, BULWARK_CONFIG_DIR: join(path, 'config') },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

function baseEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env };
}

/** Runs `bulwark args…` to its end, with `input` on standard input. */
export function runCli(args: readonly string[], env: Record<string, string>, input = ''): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(CLI, [...args], { env: baseEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** A long-running `bulwark` (tail): its stdout lines as they come, and a way to stop it with a signal. */
export interface RunningCli {
  readonly child: ChildProcess;
  readonly lines: string[];
  stderr(): string;
  waitForLines(count: number, timeoutMs?: number): Promise<string[]>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCli(args: readonly string[], env: Record<string, string>): RunningCli {
  const child = spawn(CLI, [...args], { env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const wake of waiters) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      done({ code, signal });
      for (const wake of waiters) wake();
    }),
  );
  return {
    child,
    lines,
    stderr: () => stderr,
    waitForLines(count, timeoutMs = 30_000) {
      return new Promise((done, fail) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          fail(new Error(`expected ${count} lines within ${timeoutMs} ms, got ${lines.length}; stderr: ${stderr}`));
        }, timeoutMs);
        const check = () => {
          if (lines.length >= count) {
            clearTimeout(timer);
            waiters.delete(check);
            done(lines.slice());
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer);
            waiters.delete(check);
            fail(new Error(`bulwark exited (${child.exitCode}) after ${lines.length} lines; stderr: ${stderr}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `condition` until it holds (a file appearing), failing after `timeoutMs`. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
