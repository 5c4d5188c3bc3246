/** The vocabulary the demo's titles, branches and authors are drawn from: a payments team's daily work. */

export const ENGINEERS = ['mara-k', 'dokafor', 'lin-zhou', 'tsantos', 'priya-r', 'jbrandt', 'noor-h', 'eli-w'] as const;

export const AREAS = [
  'refund',
  'ledger',
  'payout',
  'checkout',
  'webhook',
  'fraud check',
  'card vault',
  'settlement',
  'invoice',
  'currency',
] as const;

export const PARTS = [
  'retries',
  'idempotency keys',
  'timeouts',
  'batching',
  'metrics',
  'cache',
  'schema',
  'logging',
  'rate limits',
  'tests',
] as const;

export const CHANGE_VERBS = ['Add', 'Fix', 'Harden', 'Speed up', 'Simplify', 'Document', 'Remove', 'Tune'] as const;

export const BRANCH_PREFIXES = ['feat', 'fix', 'chore', 'perf'] as const;

export const BUG_SYMPTOMS = [
  'times out under load',
  'rejects a valid request',
  'shows a stale status',
  'double-counts a retry',
  'rounds amounts the wrong way',
  'returns 500 on an empty payload',
] as const;

export const INCIDENTS = [
  'Elevated card authorization errors',
  'Payout batch delayed',
  'Webhook delivery backlog',
  'Checkout 5xx spike',
  'Ledger reconciliation mismatch',
  'Settlement file rejected by the bank',
  'Fraud check timeouts',
  'Currency rates feed stale',
] as const;

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
