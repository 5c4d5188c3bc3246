import type { FakeGitHub } from '../../src/fake-github/index.js';

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = unknown>(
  gh: FakeGitHub,
  path: string,
  init: { method?: string; token?: string | null; body?: unknown } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  const token = init.token === undefined ? 'test-token' : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${gh.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

/** `Link` header → { rel: url }. */
export function links(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (headers.get('link') ?? '').split(',')) {
    const match = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part);
    if (match?.[1] && match[2]) out[match[2]] = match[1];
  }
  return out;
}

export interface RunsPage {
  total_count: number;
  workflow_runs: {
    id: number;
    created_at: string;
    head_branch: string;
    event: string;
    status: string;
    conclusion: string | null;
  }[];
}
