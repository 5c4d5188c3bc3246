/**
 * Runs a bundled entry point (dist/index.js or dist/cli.js) in a child process, as a GitHub runner runs an
 * action (the runner's side: runner.ts). Asynchronous on purpose: the loopback GitHub stand-in lives in the test's
 * own process and must keep answering.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { finishRun, prepareRun, type ActionRun, type ActionRunOptions } from './runner.js';
import { ROOT } from './root.js';

export { ROOT };

/** The committed bundle, dist/index.js, run by Node as the runner runs it. */
export async function runBundledAction(options: ActionRunOptions): Promise<ActionRun> {
  const run = prepareRun(options);
  return finishRun(run, await spawnNode([join(ROOT, 'dist', 'index.js')], run.env, run.workspace));
}

export function spawnNode(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
