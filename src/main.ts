/**
 * The action's entry point: the only module that reads the process's environment and working directory. The step
 * itself (src/action/step.ts) takes them, `@actions/core` and the clock as arguments.
 */
import * as core from '@actions/core';
import { runActionStep } from './action/step.js';

await runActionStep({ env: process.env, cwd: process.cwd(), core, now: new Date() });
