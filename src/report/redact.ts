/**
 * The second line of defence of SPEC §7: whatever text reaches a sink (comment, issue, job summary, annotation,
 * JSON report, the CLI's output), the job's token, the base64 `x-access-token:` form `actions/checkout` writes to
 * `.git/config`, and anything shaped like a GitHub token are replaced by `***`. The first line is never reading
 * such text (src/io/workspace.ts); this catches what slips through, e.g. a token pasted into a KR title.
 *
 * Applied to finished text, so it also sees tokens the Markdown escaper has touched (`ghp\_…`): every pattern
 * allows a backslash before each character, and never ends on one (which would unescape what follows).
 */

import type { Redact } from '../model/redact.js';

export {
  createRedactor,
  literalRedactor,
  redactTokenShapes,
  secretForms,
  type Redact,
} from '../model/redact.js';

/**
 * Every string in a report (or any JSON-like value) redacted, before renderers derive, clip or escape anything
 * from it: a token clipped to `ghp_ABCDEFGHI…` would no longer match the redaction of the finished text.
 */
export function redactStrings<T>(value: T, redact: Redact): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)])) as T;
  }
  return value;
}

/** The annotation sink (`core.error`/`warning`/`notice`): message and title redacted, nothing else changed. */
export interface AnnotationSink {
  error(message: string, properties?: { title?: string }): void;
  warning(message: string, properties?: { title?: string }): void;
  notice(message: string, properties?: { title?: string }): void;
}

export function redactingAnnotator<T extends AnnotationSink>(annotator: T, redact: Redact): T {
  const wrap =
    (kind: keyof AnnotationSink) =>
    (message: string | Error, properties?: { title?: string }): void => {
      const text = redact(message instanceof Error ? message.message : message);
      const props = properties?.title === undefined ? properties : { ...properties, title: redact(properties.title) };
      annotator[kind](text, props);
    };
  // An annotation past GitHub's 10 of a kind goes to the log line by line (`info`): redacted the same way.
  const info = (annotator as Partial<{ info(message: string): void }>).info;
  const redactedInfo = info ? { info: (message: string) => info.call(annotator, redact(message)) } : {};
  return { ...annotator, error: wrap('error'), warning: wrap('warning'), notice: wrap('notice'), ...redactedInfo } as T;
}

/** Octokit's `hook.before`, the one door every request we send goes through. */
interface RequestHook {
  hook: { before(name: 'request', method: (options: Record<string, unknown>) => void): void };
}

/**
 * Redacts the text fields of every write we send (comment and issue `body` and `title`, GraphQL `variables`),
 * so nothing we post, whichever channel composed it, can carry a credential.
 */
export function redactWrites(octokit: RequestHook, redact: Redact): void {
  octokit.hook.before('request', (options) => {
    if (typeof options.method === 'string' && options.method.toUpperCase() === 'GET') return;
    for (const key of ['body', 'title']) {
      const value = options[key];
      if (typeof value === 'string') options[key] = redact(value);
    }
    const variables = options.variables;
    if (variables !== null && typeof variables === 'object') {
      for (const [key, value] of Object.entries(variables)) {
        if (typeof value === 'string') (variables as Record<string, unknown>)[key] = redact(value);
      }
    }
  });
}
