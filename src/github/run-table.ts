/**
 * A workflow's runs as the measure stage reads them: one typed column per field the metrics need, rows in
 * creation order (then id), each run once. A busy repository's quarter is hundreds of thousands of runs; as
 * objects with ISO strings they took about 250 bytes each and the measure stage copied and re-keyed them per key
 * result and per checkpoint, so the run's peak memory grew with the history. Here a run is 52 bytes, a window is
 * a view found by binary search, and nothing per run is allocated after the listing is read.
 */
import type { WorkflowRun } from './records.js';

/** Row indexes into a table (a filtered selection of its runs). */
export type Rows = readonly number[];

/** The table's columns (the cache reads a table back from them: github/cache/run-columns.ts). */
export interface Columns {
  id: Float64Array;
  created: Float64Array;
  updated: Float64Array;
  /** When the latest attempt started: `created` where GitHub gave no `run_started_at`, NaN where it was unreadable. */
  started: Float64Array;
  attempt: Uint32Array;
  /** Indexes into `strings`; 0 is null. */
  status: Uint32Array;
  conclusion: Uint32Array;
  branch: Uint32Array;
  event: Uint32Array;
}

type Texts = readonly (string | null)[];

export class RunTable {
  readonly length: number;

  /** @internal Tables come from `RunTable.from` or a `RunTableBuilder`. */
  constructor(
    private readonly columns: Columns,
    private readonly strings: Texts,
  ) {
    this.length = columns.id.length;
  }

  /** The runs, each once (a run listed twice keeps its latest attempt), oldest first. */
  static from(runs: Iterable<WorkflowRun>): RunTable {
    const builder = new RunTableBuilder();
    for (const run of runs) builder.add(run);
    return builder.build();
  }

  /** A table from columns already in table order (creation, then id; each run once): one the cache kept. */
  static fromSortedColumns(columns: Columns, strings: Texts): RunTable {
    return new RunTable(columns, strings);
  }

  attempt(row: number): number {
    return this.columns.attempt[row]!;
  }

  id(row: number): number {
    return this.columns.id[row]!;
  }
  /** Epoch milliseconds (NaN when GitHub's time was unreadable). */
  createdMs(row: number): number {
    return this.columns.created[row]!;
  }
  updatedMs(row: number): number {
    return this.columns.updated[row]!;
  }
  /** When the latest attempt started (its creation where GitHub gave no start); NaN when unreadable. */
  startedMs(row: number): number {
    return this.columns.started[row]!;
  }
  status(row: number): string | null {
    return this.strings[this.columns.status[row]!]!;
  }
  conclusion(row: number): string | null {
    return this.strings[this.columns.conclusion[row]!]!;
  }
  branch(row: number): string | null {
    return this.strings[this.columns.branch[row]!]!;
  }
  event(row: number): string | null {
    return this.strings[this.columns.event[row]!]!;
  }

  /** The runs created in [startMs, endMs), sharing this table's memory. */
  createdBetween(startMs: number, endMs: number): RunTable {
    const from = this.firstCreatedAtOrAfter(startMs);
    const to = Math.max(from, this.firstCreatedAtOrAfter(endMs));
    if (from === 0 && to === this.length) return this;
    const c = this.columns;
    const view = <A extends Float64Array | Uint32Array>(column: A): A => column.subarray(from, to) as A;
    const columns: Columns = {
      id: view(c.id),
      created: view(c.created),
      updated: view(c.updated),
      started: view(c.started),
      attempt: view(c.attempt),
      status: view(c.status),
      conclusion: view(c.conclusion),
      branch: view(c.branch),
      event: view(c.event),
    };
    return new RunTable(columns, this.strings);
  }

  /** One run as GitHub's fields (for tests and messages; the metrics read the columns). */
  run(row: number): WorkflowRun {
    // An unreadable time shows as the empty string: this is for reading, never for measuring.
    const iso = (ms: number): string => (Number.isNaN(ms) ? '' : new Date(ms).toISOString().replace('.000Z', 'Z'));
    return {
      id: this.id(row),
      created_at: iso(this.createdMs(row)),
      updated_at: iso(this.updatedMs(row)),
      run_started_at: iso(this.startedMs(row)),
      status: this.status(row),
      conclusion: this.conclusion(row),
      run_attempt: this.columns.attempt[row]!,
      head_branch: this.branch(row),
      event: this.event(row) ?? '',
    };
  }

  runs(): WorkflowRun[] {
    return Array.from({ length: this.length }, (_, row) => this.run(row));
  }

  /** Rows are in creation order, unreadable times (NaN) first. */
  private firstCreatedAtOrAfter(ms: number): number {
    const created = this.columns.created;
    let low = 0;
    let high = created.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const t = created[mid]!;
      if (Number.isNaN(t) || t < ms) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Collects runs as they are read, page by page; `build` sorts them into a table, each run once. */
export class RunTableBuilder {
  private rows = 0;
  private columns = allocate(1024);
  private readonly strings: (string | null)[] = [null];
  private readonly stringIndex = new Map<string, number>();
  private built = false;

  /** Makes room for `count` more runs at once (a listing's `total_count`), instead of growing page by page. */
  reserve(count: number): void {
    if (this.rows + count > this.columns.id.length) this.resize(this.rows + count);
  }

  add(run: WorkflowRun): void {
    if (this.built) throw new Error('a RunTableBuilder is spent once built: start a new one');
    if (this.rows === this.columns.id.length) this.resize(this.rows * 2);
    const row = this.rows++;
    const c = this.columns;
    c.id[row] = Number(run.id);
    c.created[row] = Date.parse(run.created_at);
    c.updated[row] = Date.parse(run.updated_at);
    // SPEC §3: created_at stands in only where the start is missing; an unreadable one drops the run's duration.
    c.started[row] = run.run_started_at == null ? c.created[row]! : Date.parse(run.run_started_at);
    c.attempt[row] = run.run_attempt ?? 1;
    c.status[row] = this.indexOf(run.status);
    c.conclusion[row] = this.indexOf(run.conclusion);
    c.branch[row] = this.indexOf(run.head_branch);
    c.event[row] = this.indexOf(run.event);
  }

  /**
   * Creation order, then id; an unreadable creation time (never inside a window) sorts first. A run added twice
   * (a listing that shifted between pages, or overlapping parts: a run's creation time never changes, so its
   * copies end up side by side) is kept once, with its latest attempt: a re-run keeps its run id, and GitHub lists
   * it with the attempt it had when the page was read. Between equal attempts the later update wins, then the
   * first read.
   */
  build(): RunTable {
    const c = this.columns;
    const created = (row: number): number => (Number.isNaN(c.created[row]!) ? -Infinity : c.created[row]!);
    const order = Uint32Array.from({ length: this.rows }, (_, i) => i);
    order.sort((a, b) => created(a) - created(b) || c.id[a]! - c.id[b]! || a - b);
    const kept: number[] = [];
    for (const row of order) {
      const last = kept.length - 1;
      if (last >= 0 && c.id[kept[last]!] === c.id[row]) {
        if (this.isLater(row, kept[last]!)) kept[last] = row;
      } else kept.push(row);
    }
    // One column at a time, so that the old and the new copy of the whole table are never both alive.
    const sorted = {} as Columns;
    for (const name of COLUMN_NAMES) {
      const from = c[name];
      const to = new (from.constructor as new (length: number) => typeof from)(kept.length);
      for (let i = 0; i < kept.length; i += 1) to[i] = from[kept[i]!]!;
      sorted[name] = to as never;
      c[name] = EMPTY[name] as never;
    }
    this.rows = 0;
    this.built = true;
    return new RunTable(sorted, this.strings);
  }

  private isLater(row: number, than: number): boolean {
    const c = this.columns;
    if (c.attempt[row] !== c.attempt[than]) return c.attempt[row]! > c.attempt[than]!;
    return c.updated[row]! > c.updated[than]!;
  }

  private resize(rows: number): void {
    const bigger = allocate(rows);
    for (const name of COLUMN_NAMES) bigger[name].set(this.columns[name].subarray(0, this.rows) as never);
    this.columns = bigger;
  }

  private indexOf(text: string | null | undefined): number {
    if (text === null || text === undefined) return 0;
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.stringIndex.set(text, index);
    }
    return index;
  }
}

function allocate(rows: number): Columns {
  return {
    id: new Float64Array(rows),
    created: new Float64Array(rows),
    updated: new Float64Array(rows),
    started: new Float64Array(rows),
    attempt: new Uint32Array(rows),
    status: new Uint32Array(rows),
    conclusion: new Uint32Array(rows),
    branch: new Uint32Array(rows),
    event: new Uint32Array(rows),
  };
}

const COLUMN_NAMES = Object.keys(allocate(0)) as (keyof Columns)[];
const EMPTY = allocate(0);
