/**
 * Delivering when the runner's environment is broken: outputs that cannot be written are reported, not thrown
 * (so the summary and the comment still go out), and a run that cannot measure anything still says why in the
 * job summary and the `status` output.
 */
import { redactTokenShapes } from '../report/redact.js';
import type * as Core from '@actions/core';
import { escapeInline } from '../report/escape.js';
import { writeSummary } from '../deliver/summary.js';
import { errorMessage } from '../model/error-message.js';

/**
 * `core.setOutput` that reports a failed write once (through `report`) and carries on: @actions/core throws when
 * GITHUB_OUTPUT names a file that is missing or not writable.
 */
export function resilientOutputs(
  setOutput: (name: string, value: unknown) => void,
  report: (message: string) => void,
): (name: string, value: unknown) => void {
  const lost: string[] = [];
  return (name, value) => {
    try {
      setOutput(name, value);
    } catch (error) {
      if (lost.push(name) > 1) return;
      const reason = errorMessage(error);
      report(`The step's outputs could not be written (${reason}): check GITHUB_OUTPUT. The rest is still delivered.`);
    }
  };
}

/** Nothing can be measured: say so in the summary, and in the outputs a later step reads. */
export async function reportBrokenRunner(
  message: string,
  core: Pick<typeof Core, 'setOutput' | 'summary' | 'warning'>,
): Promise<void> {
  const markdown = ['## OKR Scorecard', '', `❗ **Nothing was scored:** ${escapeInline(message)}`, ''].join('\n');
  await writeSummary(markdown, core.summary, core, redactTokenShapes);
  core.setOutput('status', 'error');
  core.setOutput('score', '');
}
