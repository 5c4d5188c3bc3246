/** Runs one variant in a child process of its own (variant.ts, bundled beside this file) and returns its result. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { VariantRequest, VariantResult } from './protocol.js';

export function runVariantInChild(request: VariantRequest): Promise<VariantResult> {
  const child = fork(fileURLToPath(new URL('./variant.mjs', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // The trend-cost variant collects garbage before and after what it measures.
    execArgv: request.variant === 'trend-cost' ? ['--expose-gc'] : [],
  });
  return new Promise((resolve, reject) => {
    let result: VariantResult | undefined;
    child.once('message', (message) => {
      result = message as VariantResult;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`variant ${request.variant} exited with code ${code}`));
    });
    child.send(request);
  });
}
