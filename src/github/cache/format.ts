/**
 * The cache file (SPEC §14): per listing, the fields the metrics read, when the listing was read, and the ETags of
 * its first pages. Nothing else: no token (only a hash of it with the repository, to tell a cache another token or
 * repository wrote), no header, no text a metric does not read. Checked whole on load: a file that does not match
 * this shape, to the last field, is ignored.
 */
import * as z from 'zod';

/** Bumped whenever what a listing keeps, or how it is read, changes: an older cache is then read afresh. */
export const CACHE_FORMAT = 1;

const time = z.string().min(1);
const maybeTime = time.nullable();

/** Pages of one conditional listing: the query that names it and the ETag of each page, in order. */
const pagesSchema = z.object({ query: z.string(), etags: z.array(z.string()) });

/** Runs as columns (run-table.ts's), times as epoch seconds (null: unreadable), strings as indexes into `strings`. */
const runColumnsSchema = z
  .object({
    strings: z.array(z.string().nullable()),
    id: z.array(z.number()),
    created: z.array(z.number().nullable()),
    updated: z.array(z.number().nullable()),
    started: z.array(z.number().nullable()),
    attempt: z.array(z.number().int().nonnegative()),
    status: z.array(z.number().int().nonnegative()),
    conclusion: z.array(z.number().int().nonnegative()),
    branch: z.array(z.number().int().nonnegative()),
    event: z.array(z.number().int().nonnegative()),
  })
  .refine((c) => {
    const n = c.id.length;
    const lengths = [c.created, c.updated, c.started, c.attempt, c.status, c.conclusion, c.branch, c.event];
    const indexes = [c.status, c.conclusion, c.branch, c.event].flat();
    return lengths.every((column) => column.length === n) && indexes.every((i) => i < c.strings.length);
  }, 'columns of different lengths, or a string index out of range');

const base = {
  /** Epoch ms of the read (the run's clock at its start): the next run reads what changed after it, less a minute. */
  readAt: z.number(),
  /** Epoch ms: the records cover everything the listing holds from here on. */
  since: z.number(),
  /** Requests the last full read of this listing took: what a run that reads only what changed saves. */
  fullRead: z.number().int().nonnegative(),
};

const runsEntry = z.object({
  kind: z.literal('workflow-runs'),
  ...base,
  /** Days per part of the re-read (parts are aligned to multiples of it since 1970, so their queries repeat). */
  partDays: z.number().int().positive(),
  parts: z.array(pagesSchema),
  runs: runColumnsSchema,
});

const statusSchema = z.object({ id: z.number(), state: z.string(), created_at: time });

const deploymentsEntry = z.object({
  kind: z.literal('deployments'),
  ...base,
  api: z.enum(['rest', 'graphql']),
  etag: z.string().nullable(),
  deployments: z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      /** REST's id (GraphQL's node id is `id` when GraphQL read it), for its status listing; null until known. */
      restId: z.number().nullable(),
      created_at: time,
      environment: z.string(),
      statuses: z.array(statusSchema),
      statusEtag: z.string().nullable(),
    }),
  ),
});

const issuesEntry = z.object({
  kind: z.literal('issues'),
  ...base,
  /** Whether every open issue was listed (a listing for `state: open`), however old. */
  openListed: z.boolean(),
  etag: z.string().nullable(),
  issues: z.array(
    z.object({
      number: z.number().int(),
      created_at: time,
      closed_at: maybeTime,
      state: z.string(),
      labels: z.array(z.string()),
    }),
  ),
});

const pullsEntry = z.object({
  kind: z.literal('pull-requests'),
  ...base,
  etag: z.string().nullable(),
  pulls: z.array(z.object({ number: z.number().int(), created_at: time, merged_at: maybeTime, base: z.string() })),
});

const listingEntrySchema = z.discriminatedUnion('kind', [runsEntry, deploymentsEntry, issuesEntry, pullsEntry]);

export const cacheFileSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  /** sha256 of the repository and the token: a cache another token or repository wrote is not read. */
  owner: z.string(),
  /** Epoch ms. */
  writtenAt: z.number(),
  listings: z.record(z.string(), listingEntrySchema),
});

export type CacheFile = z.infer<typeof cacheFileSchema>;
export type ListingEntry = z.infer<typeof listingEntrySchema>;
export type RunsEntry = z.infer<typeof runsEntry>;
export type RunColumns = z.infer<typeof runColumnsSchema>;
export type DeploymentsEntry = z.infer<typeof deploymentsEntry>;
export type CachedDeployment = DeploymentsEntry['deployments'][number];
export type IssuesEntry = z.infer<typeof issuesEntry>;
export type PullsEntry = z.infer<typeof pullsEntry>;
export type ConditionalPages = z.infer<typeof pagesSchema>;
