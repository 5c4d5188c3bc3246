/** The `fail-on` input (SPEC §5): whether this scorecard fails the step, and why (every reason that applies). */
import type { FailOn } from './schema.js';
import type { Report } from '../report/model.js';
import { plural } from '../model/plural.js';

export function failureFor(failOn: FailOn, report: Report): string | undefined {
  if (failOn === 'never') return undefined;
  const krs = report.objectives.flatMap((o) => o.keyResults);
  const reasons: string[] = [];
  const errors = krs.filter((kr) => kr.status === 'error');
  if (errors.length > 0) {
    reasons.push(
      `${plural(errors.length, 'key result')} could not be measured: ` +
        errors.map((kr) => `${kr.id} (${oneLine(kr.error ?? '')})`).join('; '),
    );
  }
  const offTrack = krs.filter((kr) => kr.status === 'off-track');
  if (failOn !== 'error' && offTrack.length > 0) {
    reasons.push(
      `${plural(offTrack.length, 'key result')} off track (fail-on: ${failOn}): ` +
        offTrack.map((kr) => kr.id).join(', '),
    );
  }
  if (failOn === 'finding' && report.findings.length > 0) {
    reasons.push(
      `${plural(report.findings.length, 'coaching finding')} (fail-on: finding): see the annotations on ${report.file}`,
    );
  }
  return reasons.length > 0 ? reasons.join('\n') : undefined;
}

/** A key result's error on one line: a server's error text may hold line breaks (each reason is one line). */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}
