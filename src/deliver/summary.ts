/** Delivers the rendered job summary through `@actions/core`'s `core.summary`. */
import type { Redact } from '../report/redact.js';
import { errorMessage } from '../model/error-message.js';

/** The part of `core.summary` used here (so the real one is passed in, and nothing is built at import time). */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(options?: { overwrite?: boolean }): Promise<unknown>;
  emptyBuffer(): SummaryWriter;
}

export interface SummaryLog {
  warning(message: string): void;
}

/**
 * Appends the Markdown to the step's summary. A runner without a summary file (GITHUB_STEP_SUMMARY unset, or a
 * file that is missing or not writable) gets a warning, not a failure: the scorecard still reaches the JSON
 * report, the outputs and the comment. Returns whether the summary was written. Redacted here, the one door to
 * the summary (SPEC §7); `***` is shorter than any secret, so what was sized to fit still fits.
 */
export async function writeSummary(
  markdown: string,
  summary: SummaryWriter,
  log: SummaryLog,
  redact: Redact,
): Promise<boolean> {
  try {
    await summary.addRaw(redact(markdown), true).write();
    return true;
  } catch (error) {
    // Left in the buffer, the text would be written twice by a later successful write.
    summary.emptyBuffer();
    const reason = errorMessage(error);
    log.warning(`The job summary was not written (${reason}); the scorecard is still in the JSON report.`);
    return false;
  }
}
