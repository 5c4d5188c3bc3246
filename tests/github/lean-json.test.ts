import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import fc from 'fast-check';
import { leanListingFor, parseLean } from '../../src/github/lean-json.js';
import { SINCE, UNTIL, history, runsBetween } from './support/history.js';

const standIn = useStandIn();
let github: FakeGitHub | undefined;

const RUNS = leanListingFor('https://api.github.com/repos/acme/payments/actions/workflows/ci.yml/runs?per_page=100')!;

function withoutDropped(page: { workflow_runs: Record<string, unknown>[] }) {
  return {
    ...page,
    workflow_runs: page.workflow_runs.map((run) => ({
      ...run,
      ...Object.fromEntries([...RUNS.drop].filter((k) => k in run).map((k) => [k, null])),
    })),
  };
}

describe('lean parsing of run listings', () => {
  it('applies to run listings only', () => {
    expect(leanListingFor('http://127.0.0.1:1/api/v3/repos/a/b/actions/runs?page=2')).toBeDefined();
    expect(leanListingFor('https://api.github.com/repos/a/b/issues?labels=x')).toBeUndefined();
  });

  it('gives a real page with only the unread members nulled', async () => {
    github = await standIn.start({ history: history({ runs: runsBetween(SINCE, UNTIL, 120) }) });
    const response = await fetch(`${github.url}/repos/acme/payments/actions/workflows/deploy.yml/runs?per_page=100`);
    const text = await response.text();
    const full = JSON.parse(text) as { workflow_runs: Record<string, unknown>[] };
    expect(full.workflow_runs[0]!.repository).toBeTypeOf('object');
    expect(parseLean(text, RUNS)).toEqual(withoutDropped(full));
    expect(text.length).toBeGreaterThan(3 * JSON.stringify(parseLean(text, RUNS)).length);
  });

  it('is not confused by braces, quotes and escapes inside strings', () => {
    const page = {
      total_count: 2,
      workflow_runs: [
        {
          id: 1,
          name: 'a "quoted" {brace} [x] \\',
          repository: { description: '}]"\\"{', nested: [{ a: '}' }] },
          event: 'push',
        },
        { id: 2, head_commit: null, actor: 'x\\"y', pull_requests: [], created_at: '2026-10-01T00:00:00Z' },
      ],
    };
    const text = JSON.stringify(page, null, 1);
    expect(parseLean(text, RUNS)).toEqual(withoutDropped(page));
  });
});

describe('the lean scanner agrees with JSON.parse (property)', () => {
  const listing = leanListingFor('https://api.github.com/repos/a/b/actions/runs')!;
  const dropped = [...listing.drop];
  // Strings that could fool a scanner: the dropped members' names (as values too), braces, quotes, escapes.
  const tricky = fc.oneof(
    fc.constantFrom(...dropped, 'head_branch', 'status', '{', '}', '[', ']', ':', ',', '"', '\\', '\\"', 'a"b:{'),
    fc.string(),
  );
  const leaf = fc.oneof(
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.letrec((tie) => ({
    any: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('any'), { maxLength: 3 }),
    object: fc.dictionary(tricky, tie('any'), { maxKeys: 3 }),
  })).any;
  const key = fc.oneof(fc.constantFrom(...dropped, 'id', 'head_branch', 'status', 'conclusion'), fc.string());
  const run = fc.dictionary(key, value, { maxKeys: 8 });

  it('every dropped member of a run, and nothing else, becomes null', () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 4 }), fc.constantFrom(0, 1, 2), (runs, indent) => {
        const text = JSON.stringify({ total_count: runs.length, workflow_runs: runs }, null, indent);
        const expected = JSON.parse(text) as { workflow_runs: Record<string, unknown>[] };
        for (const record of expected.workflow_runs) {
          for (const name of Object.keys(record)) if (listing.drop.has(name)) record[name] = null;
        }
        expect(parseLean(text, listing)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("a run whose head_branch is a dropped member's name keeps it (the colon decides what is a name)", () => {
    for (const name of ['path', 'name', 'url']) {
      const text = JSON.stringify({ workflow_runs: [{ head_branch: name, id: 1, path: 'x' }] });
      expect(parseLean(text, listing)).toEqual({ workflow_runs: [{ head_branch: name, id: 1, path: null }] });
    }
  });
});
