import type { KeyResult } from '../okrs/model.js';
import type { Metric } from '../metric-types/index.js';
import type { Finding } from '../report/model.js';
import { quoteTitle, type CoachContext } from './context.js';
import { deliveryVerb } from './delivery-verbs.js';

/** Incidents closed is a (weak) outcome; any other closed-issue count measures throughput of work. */
const INCIDENT_LABEL = /incident|outage|post-?mortem|^sev[-_ ]?\d/i;

function countsClosedWork(metric: Metric): boolean {
  return (
    metric.type === 'issue-count' &&
    metric.state === 'closed' &&
    !(metric.labels ?? []).some((label) => INCIDENT_LABEL.test(label))
  );
}

export function outputKr({ okrs }: CoachContext): Finding[] {
  return okrs.objectives.flatMap((objective) => objective.keyResults.flatMap(outputFinding));
}

function outputFinding(kr: KeyResult): Finding[] {
  const verb = deliveryVerb(kr.title);
  const closedWork = countsClosedWork(kr.metric);
  if (verb === undefined && !closedWork) return [];
  const reason =
    verb !== undefined
      ? `starts with "${verb}", a verb of delivery`
      : `counts closed issues that are not incidents (work done, not its effect)`;
  return [
    {
      rule: 'output-kr',
      severity: 'warning',
      message:
        `Key result ${quoteTitle(kr.title)} ${reason}: ` +
        'it describes work rather than an outcome, so it can be met while nothing improves for users. ' +
        'Ask what should change once the work is done (faster deploys, fewer incidents, shorter waits) ' +
        'and measure that instead.',
      line: (verb !== undefined ? (kr.positions.title ?? kr.position) : (kr.positions.metric ?? kr.position)).line,
    },
  ];
}
