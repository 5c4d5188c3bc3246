/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that any CI log reader understands
 * (vitest's own summary is styled for people).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class TallyReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const tally = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') tally.passed++;
        else if (state === 'failed') tally.failed++;
        else tally.skipped++;
      }
    }
    process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`);
  }
}
