/**
 * GitHub shows at most 10 annotations of each kind per step (SPEC §5): the limiter on its own, then the bundled
 * action as a runner runs it, counting the workflow commands it prints.
 */
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_KIND, limitAnnotations } from '../../src/deliver/annotations.js';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { runAction } from '../support/run-dist.js';

function recordingSink() {
  const lines: string[] = [];
  const record = (kind: string) => (message: string | Error) => void lines.push(`${kind}: ${String(message)}`);
  return { lines, error: record('error'), warning: record('warning'), notice: record('notice'), info: record('info') };
}

const count = (lines: string[], prefix: string) => lines.filter((l) => l.startsWith(prefix)).length;

describe('limitAnnotations', () => {
  it('passes everything through while within the limits', () => {
    const sink = recordingSink();
    const limited = limitAnnotations(sink);
    for (let i = 0; i < 10; i++) {
      limited.error(`e${i}`);
      limited.warning(`w${i}`);
      limited.notice(`n${i}`);
    }
    limited.finish({ failing: false });
    const shown = ['error', 'warning', 'notice'].map((kind) => count(sink.lines, kind));
    expect(shown).toEqual([10, 10, 10]);
    expect(count(sink.lines, 'info')).toBe(0);
  });

  it('past 10 of a kind, logs the rest and ends with one notice that counts them', () => {
    const sink = recordingSink();
    const limited = limitAnnotations(sink);
    for (let i = 0; i < 14; i++) limited.warning(`w${i}`, { file: '.github/okrs.yml', startLine: i + 1 });
    for (let i = 0; i < 12; i++) limited.notice(`n${i}`);
    limited.finish({ failing: false });
    expect(count(sink.lines, 'warning')).toBe(ANNOTATIONS_PER_KIND);
    // 9 notices of ours and the one that sums up: GitHub would drop an 11th.
    expect(count(sink.lines, 'notice')).toBe(ANNOTATIONS_PER_KIND);
    expect(sink.lines.at(-1)).toBe(
      'notice: 7 more annotations (4 warnings, 3 notices) not shown here: GitHub shows at most 10 of each kind per ' +
        'step. The job summary has every finding and error, and the log every message.',
    );
    // Nothing is lost: the left-out ones are in the log, with where they point.
    expect(sink.lines).toContain('info: Warning (.github/okrs.yml:14): w13');
    expect(sink.lines).toContain('info: Notice: n11');
  });

  it('a failing step keeps the last error slot for its failure', () => {
    const sink = recordingSink();
    const limited = limitAnnotations(sink);
    for (let i = 0; i < 10; i++) limited.error(`e${i}`);
    limited.finish({ failing: true });
    expect(count(sink.lines, 'error')).toBe(ANNOTATIONS_PER_KIND - 1);
    const notices = sink.lines.filter((l) => l.startsWith('notice'));
    expect(notices).toEqual([expect.stringMatching(/^notice: 1 more annotation \(1 error\)/)]);
  });
});

describe('the bundled action', () => {
  const standIn = useStandIn();
  let github: FakeGitHub | undefined;

  /** Workflow commands of one kind, as the runner reads them from stdout. */
  const commands = (stdout: string, kind: string) =>
    stdout.split(/\r?\n/).filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));

  /** 14 objectives of one supplied-value key result each: too many objectives, each with too few key results. */
  const manyFindings = [
    'version: 1',
    'period: 2026-Q4',
    'objectives:',
    ...Array.from({ length: 14 }, (_, i) => [
      `  - title: Make area ${i + 1} of the product one that customers love to use`,
      '    key-results:',
      `      - title: Area ${i + 1} latency stays under 120 ms`,
      `        metric: { type: value, name: latency-${i + 1}, unit: ms }`,
      '        target: 120',
      '        direction: decrease',
    ]).flat(),
  ].join('\n');
  const metrics = JSON.stringify(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`latency-${i + 1}`, 100])));

  it('shows 10 warnings, then one notice with how many were left out', async () => {
    github = await standIn.start({ history: demoHistory() });
    const result = await runAction({
      apiUrl: github.url,
      files: { '.github/okrs.yml': manyFindings },
      token: 'ghs_test',
      with: { 'as-of': DEMO_AS_OF, metrics },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(commands(result.stdout, 'warning')).toHaveLength(ANNOTATIONS_PER_KIND);
    const notices = commands(result.stdout, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^::notice::\d+ more annotations? \(\d+ warnings?\) not shown here: .*job summary/);
    expect(result.summary).toContain('kr-count');
  });

  it('an invalid file with many errors: 9 of them, the failure, and the notice', async () => {
    github = await standIn.start({ history: demoHistory() });
    const broken = manyFindings.replace(/target: 120/g, 'target: soon');
    const result = await runAction({
      apiUrl: github.url,
      files: { '.github/okrs.yml': broken },
      token: 'ghs_test',
      with: { 'as-of': DEMO_AS_OF, metrics },
    });
    expect(result.code).toBe(1);
    const errors = commands(result.stdout, 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_KIND);
    expect(errors.at(-1)).toMatch(/is not a valid OKR file \(14 errors/);
    const notices = commands(result.stdout, 'notice');
    expect(notices).toEqual([expect.stringMatching(/^::notice::5 more annotations \(5 errors\)/)]);
  });

  it("the client's rate-limit waits go to the log, not into annotations", async () => {
    // Every 10th: the demo takes about 35 requests now that deployments come by GraphQL.
    github = await standIn.start({ history: demoHistory(), faults: { secondaryLimitEvery: 10 } });
    const result = await runAction({
      apiUrl: github.url,
      files: { '.github/okrs.yml': demoGitHubOkrsText },
      token: 'ghs_test',
      with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^GitHub's secondary rate limit hit on /m);
    expect(result.stdout).not.toMatch(/^::warning[^\n]*secondary rate limit/m);
  });
});
