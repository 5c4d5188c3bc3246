import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { compareOkrs, reportChanges } from '../../src/coach/goalposts.js';
import type { KeyResult, OkrFile } from '../../src/okrs/model.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { report } from '../support/report.js';
import { actualFindings, corpusFiles, expectedFindings, parseCorpus, readCorpus } from './corpus.js';
import { parseOkrFile } from '../../src/okrs/parse.js';

const company = parseCorpus('company.yml');
const base = parseCorpus('goalposts/base.yml');

describe('moved-goalposts on a pull request, mid-period', () => {
  it.each(corpusFiles('goalposts'))('%s', (path) => {
    const findings = coach({ okrs: parseCorpus(path), company, base, elapsed: 0.4, isPullRequest: true });
    expect(actualFindings(findings)).toEqual(expectedFindings(path));
  });

  it('says what moved, from what to what', () => {
    const [finding] = coach({
      okrs: parseCorpus('goalposts/target-lowered.yml'),
      base,
      elapsed: 0.4,
      isPullRequest: true,
      company,
    });
    expect(finding).toMatchObject({ rule: 'moved-goalposts', severity: 'warning', line: 14 });
    expect(finding?.message).toContain('from 10m to 20m');
    expect(finding?.message).toContain('baseline (45m)');
    expect(finding?.message).toContain('40% of the period gone');
  });

  it('a target moved by the smallest step is still moved, and the message shows both values apart', () => {
    const text = readCorpus('goalposts/base.yml');
    const head = parseOkrFile(
      text.replace('target: 95%', 'target: 94.99%').replace('target: 10m', 'target: 10m 1s'),
      'x',
    );
    if (!head.ok) throw new Error(JSON.stringify(head.errors));
    const messages = coach({ okrs: head.okrs, company, base, elapsed: 0.4, isPullRequest: true })
      .filter((f) => f.rule === 'moved-goalposts')
      .map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toContain('from 10m to 10m 01s');
    expect(messages.join('\n')).toContain('from 95% to 94.99%');
  });

  it('is silent before the period started, outside a pull request, or without a base version', () => {
    const okrs = parseCorpus('goalposts/target-lowered.yml');
    expect(coach({ okrs, company, base, elapsed: 0, isPullRequest: true })).toEqual([]);
    expect(coach({ okrs, company, base, elapsed: 0.4, isPullRequest: false })).toEqual([]);
    expect(coach({ okrs, company, elapsed: 0.4, isPullRequest: true })).toEqual([]);
  });

  it('flags every key result of a removed objective', () => {
    const okrs = { ...base, objectives: [] };
    const findings = coach({ okrs, base, elapsed: 0.4, isPullRequest: true }).filter(
      (f) => f.rule === 'moved-goalposts',
    );
    expect(findings).toHaveLength(3);
  });
});

describe("moved-goalposts measures the base file's own period", () => {
  const lowered = parseCorpus('goalposts/target-lowered.yml');
  /** The PR's file with its period moved: 2026-Q4 in the base, here `{start, end}`. */
  const withPeriod = (start: string, end: string) => ({
    ...lowered,
    period: { name: `${start}..${end}`, start: new Date(`${start}T00:00:00Z`), end: new Date(`${end}T00:00:00Z`) },
  });
  const midQuarter = new Date('2026-11-12T12:00:00Z');
  const moved = (okrs: typeof lowered, asOf: Date) =>
    coach({ okrs, base, elapsed: 0, asOf, isPullRequest: true }).filter((f) => f.rule === 'moved-goalposts');

  it('moving the start later does not hide a lowered target', () => {
    // In the head's own period nothing has elapsed yet; in the base's, 46% has.
    const findings = moved(withPeriod('2026-11-15', '2027-01-01'), midQuarter);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('from 10m to 20m');
    expect(findings[0]?.message).toContain('46% of the period gone');
  });

  it('nor does shortening or stretching the period', () => {
    expect(moved(withPeriod('2026-10-01', '2026-11-13'), midQuarter)).toHaveLength(1);
    expect(moved(withPeriod('2026-10-01', '2027-04-01'), midQuarter)).toHaveLength(1);
  });

  it('is silent before the base period starts, and for a new period once the base one is over', () => {
    expect(moved(lowered, new Date('2026-09-20T00:00:00Z'))).toEqual([]);
    const nextQuarter = parseCorpus('goalposts/next-period.yml');
    expect(moved(nextQuarter, new Date('2027-01-05T00:00:00Z'))).toEqual([]);
  });

  it('a target lowered after the period ended, in the same period, is still moving the goalposts', () => {
    const findings = moved(lowered, new Date('2027-01-05T00:00:00Z'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('100% of the period gone');
  });
});

describe('compareOkrs', () => {
  it('lists field changes old → new, additions and removals, matched by objective id + key result id', () => {
    const changes = compareOkrs(base, parseCorpus('goalposts/kr-added-weight-changed.yml'));
    expect(changes.map((c) => [c.kind, c.kind === 'removed' ? c.old.id : c.new.id])).toEqual([
      ['changed', 'incidents'],
      ['added', 'refund-time-falls-from-5-days-to-1-day'],
    ]);
    expect(changes[0]).toMatchObject({ fields: [{ field: 'weight', old: 1, new: 2 }] });

    const removed = compareOkrs(base, parseCorpus('goalposts/kr-removed.yml'));
    expect(removed).toMatchObject([{ kind: 'removed', objectiveId: 'fast-payments', old: { id: 'incidents' } }]);

    const lowered = compareOkrs(base, parseCorpus('goalposts/target-lowered.yml'));
    expect(lowered).toMatchObject([{ kind: 'changed', fields: [{ field: 'target', old: 600, new: 1200 }] }]);
  });

  it('sees a metric change but not a reordering of its keys', () => {
    const head = structuredClone(base);
    const kr = head.objectives[0]!.keyResults[0]!;
    kr.metric = { workflow: 'deploy.yml', type: 'workflow-duration' };
    expect(compareOkrs(base, head)).toEqual([]);
    kr.metric = { type: 'workflow-duration', workflow: 'deploy.yml', branch: 'main' };
    expect(compareOkrs(base, head)).toMatchObject([{ kind: 'changed', fields: [{ field: 'metric' }] }]);
  });

  it('finds nothing between a file and itself', () => {
    expect(compareOkrs(base, base)).toEqual([]);
  });
});

describe('the changes in the Report, as the summary and the comment show them', () => {
  // Today's measured values; the score each version of a key result gives with them.
  const today: Record<string, number> = { 'deploy-time': 1500, incidents: 6, 'deploy-success': 0.9 };
  const scoreToday = (kr: KeyResult): number | null => {
    const value = today[kr.id];
    if (value === undefined || kr.baseline === undefined) return null;
    return Math.min(1, Math.max(0, (value - kr.baseline) / (kr.target - kr.baseline)));
  };
  const changesOf = (head: OkrFile) => reportChanges(compareOkrs(base, head), head, scoreToday);
  const summaryLines = (head: OkrFile) =>
    renderSummary(report({ objectives: [], changes: changesOf(head) })).split('\n');

  it('carries each change as data: what changed, both versions and the score each gives today', () => {
    const head = parseCorpus('goalposts/target-lowered.yml');
    expect(changesOf(head)).toEqual([
      {
        kind: 'changed',
        objectiveId: 'fast-payments',
        keyResultId: 'deploy-time',
        title: 'Deploy time falls from 45 minutes to 10 minutes',
        fields: ['target'],
        before: expect.objectContaining({ target: 600, baseline: 2700, unit: 'seconds', direction: null, weight: 1 }),
        after: expect.objectContaining({ target: 1200, baseline: 2700, unit: 'seconds' }),
        line: 10,
      },
    ]);
    const [change] = changesOf(head);
    expect(change?.before?.scoreToday).toBeCloseTo(0.571, 3);
    expect(change?.after?.scoreToday).toBeCloseTo(0.8, 3);
  });

  it('renders a table with the change and the score each version gives today', () => {
    const lines = summaryLines(parseCorpus('goalposts/target-lowered.yml'));
    const at = lines.indexOf('### Changes to the OKRs');
    expect(lines.slice(at, at + 6)).toEqual([
      '### Changes to the OKRs',
      '',
      '| Key result | Change | Score today (before → after) |',
      '| --- | --- | --- |',
      '| Deploy time falls from 45 minutes to 10 minutes | target 10m → 20m | 57% → 80% |',
      '',
    ]);
    const comment = renderComment(report({ changes: changesOf(parseCorpus('goalposts/target-lowered.yml')) }), {
      marker: '<!-- okr-scorecard:.github/okrs.yml -->',
    });
    expect(comment).toContain('| Deploy time falls from 45 minutes to 10 minutes | target 10m → 20m | 57% → 80% |');
  });

  it('shows removals and additions, with — where a version has no score', () => {
    expect(summaryLines(parseCorpus('goalposts/kr-removed.yml'))).toContain(
      '| Payment incidents fall from 12 to 3 | **removed** (target was 3) | 66% → — |',
    );
    const added = summaryLines(parseCorpus('goalposts/kr-added-weight-changed.yml')).join('\n');
    expect(added).toContain('| added (target 1d) | — → — |');
    expect(added).toContain('| weight 1 → 2 |');
  });

  it('has no section when nothing changed', () => {
    expect(changesOf(base)).toEqual([]);
    expect(summaryLines(base)).not.toContain('### Changes to the OKRs');
  });

  it('keeps hostile titles inert', () => {
    const head = structuredClone(parseCorpus('goalposts/target-lowered.yml'));
    head.objectives[0]!.keyResults[0]!.title = '<b>x</b> | @octocat\n</details>';
    const lines = summaryLines(head);
    const at = lines.indexOf('### Changes to the OKRs');
    const markdown = lines.slice(at, at + 6).join('\n');
    expect(markdown).not.toMatch(/<b>|<\/details>|@octocat/);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.every((line) => line.split(/(?<!\\)\|/).length === 5)).toBe(true);
  });
});
