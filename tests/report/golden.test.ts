import { describe, it } from 'vitest';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { expectGolden } from './golden.js';
import { samplePrevious, sampleReport } from '../support/report.js';

const marker = '<!-- okr-scorecard:.github/okrs.yml -->';

describe('golden renderings of a realistic scorecard', () => {
  it('job summary', () => {
    expectGolden('summary.md', renderSummary(sampleReport()));
  });

  it('comment on a first run (no change column)', () => {
    expectGolden('comment-first-run.md', renderComment(sampleReport(), { marker }));
  });

  it('comment with the previous run: changes per key result and overall, link to the summary', () => {
    const summaryUrl = 'https://github.com/acme/payments/actions/runs/123456789';
    expectGolden(
      'comment-with-previous.md',
      renderComment(sampleReport(), { marker, previous: samplePrevious, summaryUrl }),
    );
  });

  it('terminal without colour', () => {
    expectGolden('terminal.txt', renderTerminal(sampleReport(), { color: false }));
  });

  it('JSON report', () => {
    expectGolden('report.json', renderJson(sampleReport()));
  });
});
