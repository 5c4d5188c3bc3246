/**
 * Findings and OKR file errors as GitHub annotations on the OKR file's line, so they show in the pull
 * request's "Files changed" view. `@actions/core` escapes the message and properties (`%`, `:`, `,`, newlines),
 * so text from the OKR file cannot forge a second workflow command.
 *
 * GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and silently drops the
 * rest (SPEC §5). `limitAnnotations` keeps within that: past 10 of a kind, the rest go to the log as plain
 * lines, and one notice at the end says how many were left out and that the job summary has them all.
 */
import * as core from '@actions/core';
import type * as Core from '@actions/core';
import type { OkrFileError } from '../okrs/model.js';
import type { Finding } from '../report/model.js';
import { plural } from '../model/plural.js';

export type Annotator = Pick<typeof Core, 'error' | 'warning' | 'notice'>;
type Kind = keyof Annotator;
type Properties = Core.AnnotationProperties;

/** What GitHub shows of each kind per step. */
export const ANNOTATIONS_PER_KIND = 10;

/** `file` is the OKR file's path relative to the repository root, as the annotation must name it. */
export function annotateFindings(findings: readonly Finding[], file: string, annotator: Annotator = core): void {
  for (const finding of findings) {
    const properties = { file, startLine: finding.line, title: finding.rule };
    if (finding.severity === 'error') annotator.error(finding.message, properties);
    else if (finding.severity === 'info') annotator.notice(finding.message, properties);
    else annotator.warning(finding.message, properties);
  }
}

export function annotateErrors(errors: readonly OkrFileError[], annotator: Annotator = core): void {
  for (const error of errors) {
    annotator.error(error.message, {
      file: error.file,
      startLine: error.line,
      startColumn: error.column,
      title: 'Invalid OKR file',
    });
  }
}

export interface LimitedAnnotator extends Annotator {
  /**
   * Ends the step's annotations: the held-back last slot of each kind is shown or, when something was left
   * out, the notice slot says so. `failing`: the step will fail, and `setFailed` needs the last error slot.
   */
  finish(options: { failing: boolean }): void;
}

interface Held {
  message: string | Error;
  properties: Properties | undefined;
}

/**
 * Annotations go out as they come (their place in the log is kept), up to 9 errors, 10 warnings and 9
 * notices; the 10th error and 10th notice are held until `finish`, which knows whether the step fails (its
 * failure is an error annotation) and whether anything was left out (the notice that says so).
 */
export function limitAnnotations(sink: Annotator & Pick<typeof Core, 'info'>): LimitedAnnotator {
  const shown: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const held: Partial<Record<Kind, Held>> = {};
  // How many of each kind go out as they come; the rest of the 10 wait for `finish`.
  const streamed: Record<Kind, number> = {
    error: ANNOTATIONS_PER_KIND - 1,
    warning: ANNOTATIONS_PER_KIND,
    notice: ANNOTATIONS_PER_KIND - 1,
  };

  const omit = (kind: Kind, { message, properties }: Held) => {
    omitted[kind] += 1;
    const line = properties?.startLine ? `:${properties.startLine}` : '';
    const where = properties?.file ? ` (${properties.file}${line})` : '';
    const text = message instanceof Error ? message.message : message;
    sink.info(`${kind[0]?.toUpperCase()}${kind.slice(1)}${where}: ${text}`);
  };
  const annotate = (kind: Kind) => (message: string | Error, properties?: Properties) => {
    if (shown[kind] < streamed[kind]) {
      shown[kind] += 1;
      sink[kind](message, properties);
    } else if (held[kind] === undefined && streamed[kind] < ANNOTATIONS_PER_KIND) {
      held[kind] = { message, properties };
    } else {
      omit(kind, { message, properties });
    }
  };

  return {
    error: annotate('error'),
    warning: annotate('warning'),
    notice: annotate('notice'),
    finish({ failing }) {
      const error = held.error;
      if (error && failing) omit('error', error);
      else if (error) sink.error(error.message, error.properties);
      const notice = held.notice;
      const anyOmitted = omitted.error + omitted.warning + omitted.notice > 0;
      if (notice && anyOmitted) omit('notice', notice);
      else if (notice) sink.notice(notice.message, notice.properties);
      if (omitted.error + omitted.warning + omitted.notice > 0) sink.notice(omittedNotice(omitted));
      delete held.error;
      delete held.notice;
    },
  };
}

function omittedNotice(omitted: Record<Kind, number>): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((kind) => omitted[kind] > 0)
    .map((kind) => plural(omitted[kind], kind));
  const total = omitted.error + omitted.warning + omitted.notice;
  return (
    `${plural(total, 'more annotation')} (${parts.join(', ')}) not shown here: GitHub shows at ` +
    `most ${ANNOTATIONS_PER_KIND} of each kind per step. The job summary has every finding and error, and the ` +
    'log every message.'
  );
}
