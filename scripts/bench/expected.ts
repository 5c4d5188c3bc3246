/**
 * The values the key results must have, computed straight from the history the stand-in serves, with none of
 * the engine's fetching, merging, splitting or measuring: the independent side of the "values exact" check.
 * It follows SPEC §3, and docs/SPEC-NOTES.md where that decides what SPEC leaves open (data after as-of is
 * ignored: runs that finished and statuses created after it), with its own filters and its own statistics.
 */
import type { FakeRepository } from '../../src/fake-github/history.js';
import type { OkrFile } from '../../src/okrs/model.js';
import type { Metric } from '../../src/metric-types/index.js';
import { metricWindow } from '../../src/metrics/window.js';
import { leadTimeSamples, outcomeAt, recoverySamples } from './dora.js';

export interface ExpectedValue {
  value: number | null;
  samples: number;
}

interface Span {
  from: number;
  to: number;
}

export function expectedValues(
  okrs: OkrFile,
  asOf: Date,
  repository: FakeRepository,
  supplied: Record<string, number>,
): Record<string, ExpectedValue> {
  const values: Record<string, ExpectedValue> = {};
  const evaluated = asOf > okrs.period.end ? okrs.period.end : asOf;
  for (const objective of okrs.objectives) {
    for (const kr of objective.keyResults) {
      const window = metricWindow(kr.metric, okrs.period, evaluated);
      values[kr.id] = expectedValue(
        kr.metric,
        { from: window.start.getTime(), to: window.end.getTime() },
        repository,
        supplied,
      );
    }
  }
  return values;
}

function expectedValue(
  metric: Metric,
  span: Span,
  repo: FakeRepository,
  supplied: Record<string, number>,
): ExpectedValue {
  const inSpan = (iso: string | null | undefined) => !!iso && Date.parse(iso) >= span.from && Date.parse(iso) < span.to;
  const seconds = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
  switch (metric.type) {
    case 'workflow-duration':
    case 'workflow-runs':
    case 'workflow-success-rate': {
      const workflow = repo.workflows.find(
        (w) => w.path.endsWith(`/${metric.workflow}`) || String(w.id) === metric.workflow,
      );
      const runs = repo.runs.filter(
        (run) =>
          run.workflow_id === workflow?.id &&
          inSpan(run.created_at) &&
          // Still running at the evaluation time (SPEC-NOTES): neither a sample nor a verdict yet.
          Date.parse(run.updated_at) < span.to &&
          (metric.branch === undefined || run.head_branch === metric.branch) &&
          (metric.event === undefined || run.event === metric.event),
      );
      if (metric.type === 'workflow-success-rate') {
        const decided = runs.filter((run) =>
          ['success', 'failure', 'timed_out', 'startup_failure'].includes(run.conclusion ?? ''),
        );
        return ratio(decided.filter((run) => run.conclusion === 'success').length, decided.length);
      }
      const wanted: readonly string[] = metric.conclusion ?? ['success'];
      const counted = runs.filter((run) => run.status === 'completed' && wanted.includes(run.conclusion ?? ''));
      if (metric.type === 'workflow-runs') return countStat(metric.stat, counted.length, span);
      return sampleStat(
        metric.stat,
        counted.map((run) => seconds(run.run_started_at ?? run.created_at, run.updated_at)),
      );
    }
    case 'deployment-duration':
    case 'deployment-frequency':
    case 'change-failure-rate': {
      const outcomes = repo.deployments
        .filter(
          (d) => inSpan(d.created_at) && (metric.environment === undefined || d.environment === metric.environment),
        )
        .flatMap((d) => {
          const outcome = outcomeAt(d, span.to);
          return outcome ? [{ deployment: d, outcome }] : [];
        });
      const succeeded = outcomes.filter(({ outcome }) => outcome.state === 'success');
      if (metric.type === 'deployment-frequency') return countStat(metric.stat, succeeded.length, span);
      if (metric.type === 'change-failure-rate') return ratio(outcomes.length - succeeded.length, outcomes.length);
      return sampleStat(
        metric.stat,
        succeeded.map(({ deployment, outcome }) => seconds(deployment.created_at, outcome.created_at)),
      );
    }
    case 'lead-time-for-changes':
      return sampleStat(metric.stat, leadTimeSamples(repo, metric.environment, span));
    case 'deployment-recovery-time':
      return sampleStat(metric.stat, recoverySamples(repo, metric.environment, span));
    case 'issue-count':
    case 'time-to-close': {
      const labels = (metric.labels ?? []).map((l) => l.toLowerCase());
      const issues = repo.issues.filter(
        (issue) => !issue.is_pull_request && labels.every((l) => issue.labels.some((have) => have.toLowerCase() === l)),
      );
      if (metric.type === 'time-to-close') {
        return sampleStat(
          metric.stat,
          issues.filter((i) => inSpan(i.closed_at)).map((i) => seconds(i.created_at, i.closed_at!)),
        );
      }
      const state = metric.state ?? 'opened';
      const count = issues.filter((i) =>
        state === 'opened'
          ? inSpan(i.created_at)
          : state === 'closed'
            ? inSpan(i.closed_at)
            : Date.parse(i.created_at) < span.to && (i.closed_at === null || Date.parse(i.closed_at) >= span.to),
      ).length;
      return countStat(metric.stat, count, span);
    }
    case 'pr-merge-time':
      return sampleStat(
        metric.stat,
        repo.pulls
          .filter((pull) => inSpan(pull.merged_at) && (metric.base === undefined || pull.base === metric.base))
          .map((pull) => seconds(pull.created_at, pull.merged_at!)),
      );
    case 'value': {
      const value = metric.name === undefined ? undefined : supplied[metric.name];
      return { value: value ?? null, samples: value === undefined ? 0 : 1 };
    }
    case 'prometheus':
      // The bench's files read GitHub only: no Prometheus server is set, so its key results are errors.
      return { value: null, samples: 0 };
  }
}

function ratio(numerator: number, denominator: number): ExpectedValue {
  return { value: denominator === 0 ? null : numerator / denominator, samples: denominator };
}

function countStat(stat: string | undefined, count: number, span: Span): ExpectedValue {
  const seconds = (span.to - span.from) / 1000;
  const value =
    stat === 'per-day' ? count / (seconds / 86_400) : stat === 'per-week' ? count / (seconds / 604_800) : count;
  return { value, samples: count };
}

function sampleStat(stat: string | undefined, samples: number[]): ExpectedValue {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { value: null, samples: 0 };
  const chosen = stat ?? 'p50';
  const at = (p: number) => {
    const h = (n - 1) * p;
    const low = Math.floor(h);
    return sorted[low]! + (h - low) * ((sorted[Math.min(low + 1, n - 1)] ?? 0) - sorted[low]!);
  };
  const value =
    chosen === 'mean'
      ? sorted.reduce((s, x) => s + x, 0) / n
      : chosen === 'min'
        ? sorted[0]!
        : chosen === 'max'
          ? sorted[n - 1]!
          : at(Number(chosen.slice(1)) / 100);
  return { value, samples: n };
}
