/** Runs of the scorecard a while apart against the stand-in, with and without a cache between them. */
import { scorecard } from '../../../src/engine.js';
import { startFakeGitHub, type FakeHistory } from '../../../src/fake-github/index.js';
import { ListingCache } from '../../../src/github/cache/listing-cache.js';
import type { OkrFile } from '../../../src/okrs/model.js';
import type { Report } from '../../../src/report/model.js';
import { testClient } from '../support/history.js';

export const OWNER_HASH = 'test-owner';

export interface Scored {
  report: Report;
  /** The cache as this run left it (its file's text). */
  cacheText: string;
  /** REST requests sent, and of them answered 304. */
  rest: number;
  notModified: number;
  graphql: number;
  notices: string[];
  paths: string[];
}

/** One run at `now`, GitHub showing `history`; `cacheText` is what an earlier run left (null: none). */
export async function scoreAt(
  okrs: OkrFile,
  history: FakeHistory,
  now: Date,
  cacheText: string | null | undefined,
  repository = 'acme/payments',
): Promise<Scored> {
  const github = await startFakeGitHub({ history, now: () => now });
  try {
    const notices: string[] = [];
    const cache =
      cacheText === undefined
        ? undefined
        : ListingCache.load(
            cacheText,
            OWNER_HASH,
            () => now,
            (m) => notices.push(m),
          );
    const octokit = testClient(github.url);
    const { report } = await scorecard({ okrs, repository, asOf: now, now, octokit, cache });
    const stats = octokit.stats();
    const notModified = github.requests.filter((r) => r.status === 304).length;
    return {
      report,
      cacheText: cache?.serialize() ?? '',
      rest: stats.requests - stats.graphqlRequests,
      notModified,
      graphql: stats.graphqlRequests,
      notices,
      paths: github.requests.map((r) => `${r.status} ${r.path}`),
    };
  } finally {
    await github.close();
  }
}

/** The report without what differs between a cached and a fresh run by design: what the reads cost. */
export function values(report: Report): unknown {
  return { ...report, requests: undefined };
}
