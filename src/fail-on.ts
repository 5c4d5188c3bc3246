/** The `fail-on` input (SPEC §5): whether this scorecard fails the step, and with what message. */
import type { FailOn } from './inputs.js';
import type { Report } from './report/model.js';

export function failureFor(failOn: FailOn, report: Report): string | undefined {
  if (failOn === 'never') return undefined;
  const krs = report.objectives.flatMap((o) => o.keyResults);
  const errors = krs.filter((kr) => kr.status === 'error');
  if (errors.length > 0) {
    return `${errors.length} key result${errors.length === 1 ? '' : 's'} could not be measured: ${errors.map((kr) => `${kr.id} (${kr.error})`).join('; ')}`;
  }
  if (failOn === 'error') return undefined;
  const offTrack = krs.filter((kr) => kr.status === 'off-track');
  if (offTrack.length > 0) {
    return `${offTrack.length} key result${offTrack.length === 1 ? ' is' : 's are'} off track (fail-on: ${failOn}): ${offTrack.map((kr) => kr.id).join(', ')}`;
  }
  if (failOn === 'off-track') return undefined;
  if (report.findings.length > 0) {
    return `${report.findings.length} coaching finding${report.findings.length === 1 ? '' : 's'} (fail-on: finding): see the annotations on ${report.file}`;
  }
  return undefined;
}
