/** value (SPEC §3): one number supplied from outside, by the `metrics` input or a JSON file in the workspace. */
import { notApplicable, repository, repositoryFilePath, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = {
  repository: repository.optional(),
  /** Key in the `metrics` input (JSON object). Exactly one of name / file. */
  name: text.optional(),
  /** JSON file inside the workspace, with `path` a dot path into it: never outside it, never under `.git`. */
  file: repositoryFilePath.optional(),
  path: text.optional(),
  /** A label for the value's unit, e.g. `ms`. */
  unit: text.optional(),
  window: notApplicable('a value metric is one number supplied from outside; it has no window'),
};

export const value: MetricDefinition<'value', typeof fields> = {
  type: 'value',
  kind: 'supplied',
  direction: undefined,
  fields,
  refine: (metric, ctx) => {
    if (metric.name !== undefined && metric.file !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'give either name or file, not both' });
    } else if (metric.name === undefined && metric.file === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a value metric needs name (a key of the metrics input) or file (a JSON file in the workspace)',
      });
    }
    if (metric.path !== undefined && metric.file === undefined) {
      const message = 'path is a dot path into file; add file or remove path';
      ctx.addIssue({ code: 'custom', path: ['path'], message });
    }
    if (metric.file !== undefined && metric.name === undefined && metric.path === undefined) {
      const message = 'a value metric with file needs path, the dot path of the number in it (e.g. latency.p99)';
      ctx.addIssue({ code: 'custom', path: ['file'], message });
    }
  },
  // Exactly one of name and file; path only with file.
  jsonSchema: {
    oneOf: [{ required: ['name'] }, { required: ['file'] }],
    dependencies: { path: ['file'], file: ['path'] },
  },
  samples:
    'a number from the `metrics` input (`name`), or from a JSON file inside the workspace (`file`, with a dot ' +
    '`path` such as `latency.p99`)',
  directionNote: 'needs `direction` (or a baseline ≠ target)',
};
