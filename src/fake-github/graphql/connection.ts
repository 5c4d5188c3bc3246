/**
 * GitHub's cursor connections over an in-memory list: `first`/`after` forward, `last`/`before` backward,
 * `totalCount`, `pageInfo`, `nodes` and `edges`. Cursors are opaque base64 text, as GitHub's are.
 */

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

class CursorError extends Error {
  readonly type = 'INVALID_CURSOR_ARGUMENTS';
}

function encode(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function decode(cursor: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new CursorError(`\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(match[1]);
}

export function connection<T>(all: readonly T[], args: ConnectionArgs) {
  let start = 0;
  let end = all.length;
  if (args.after) start = Math.min(all.length, decode(args.after) + 1);
  if (args.before) end = Math.max(start, Math.min(end, decode(args.before)));
  if (typeof args.first === 'number') end = Math.min(end, start + args.first);
  if (typeof args.last === 'number') start = Math.max(start, end - args.last);
  const items = all.slice(start, end).map((node, offset) => ({ cursor: encode(start + offset), node }));
  return {
    totalCount: all.length,
    nodes: items.map((edge) => edge.node),
    edges: items,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items.at(-1)?.cursor ?? null,
    },
  };
}
