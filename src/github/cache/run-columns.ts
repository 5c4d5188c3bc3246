/** A run table as the cache keeps it: its columns as arrays, times in epoch seconds, strings by index. */
import { RunTable } from '../run-table.js';
import type { WorkflowRun } from '../records.js';
import type { RunColumns } from './format.js';

export function columnsOf(table: RunTable, keep: (row: number) => boolean = () => true): RunColumns {
  const strings: (string | null)[] = [null];
  const index = new Map<string, number>();
  const indexOf = (text: string | null): number => {
    if (text === null) return 0;
    let i = index.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  const seconds = (ms: number): number | null => (Number.isNaN(ms) ? null : Math.round(ms / 1000));
  const c: RunColumns = {
    strings,
    id: [],
    created: [],
    updated: [],
    started: [],
    attempt: [],
    status: [],
    conclusion: [],
    branch: [],
    event: [],
  };
  for (let row = 0; row < table.length; row += 1) {
    if (!keep(row)) continue;
    c.id.push(table.id(row));
    c.created.push(seconds(table.createdMs(row)));
    c.updated.push(seconds(table.updatedMs(row)));
    c.started.push(seconds(table.startedMs(row)));
    c.attempt.push(table.attempt(row));
    c.status.push(indexOf(table.status(row)));
    c.conclusion.push(indexOf(table.conclusion(row)));
    c.branch.push(indexOf(table.branch(row)));
    c.event.push(indexOf(table.event(row)));
  }
  return c;
}

/** The runs of a cached table, as GitHub's fields (an unreadable time as the empty string, which reads as NaN). */
export function* runsOf(c: RunColumns): Generator<WorkflowRun> {
  const iso = (seconds: number | null): string =>
    seconds === null ? '' : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
  for (let i = 0; i < c.id.length; i += 1) {
    yield {
      id: c.id[i]!,
      created_at: iso(c.created[i]!),
      updated_at: iso(c.updated[i]!),
      run_started_at: iso(c.started[i]!),
      run_attempt: c.attempt[i]!,
      status: c.strings[c.status[i]!] ?? null,
      conclusion: c.strings[c.conclusion[i]!] ?? null,
      head_branch: c.strings[c.branch[i]!] ?? null,
      // As read: GitHub's event is never null, but the table keeps whatever it was given.
      event: c.strings[c.event[i]!] as string,
    };
  }
}

/** The table back from its columns: they were written in table order, so no sorting and no parsing of times. */
export function tableOf(c: RunColumns): RunTable {
  const ms = (seconds: (number | null)[]) => Float64Array.from(seconds, (s) => (s === null ? Number.NaN : s * 1000));
  return RunTable.fromSortedColumns(
    {
      id: Float64Array.from(c.id),
      created: ms(c.created),
      updated: ms(c.updated),
      started: ms(c.started),
      attempt: Uint32Array.from(c.attempt),
      status: Uint32Array.from(c.status),
      conclusion: Uint32Array.from(c.conclusion),
      branch: Uint32Array.from(c.branch),
      event: Uint32Array.from(c.event),
    },
    c.strings,
  );
}
