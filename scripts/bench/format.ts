/** Plain-text table and number formats for the benchmark's output (and for pasting into docs/benchmark.md). */

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const integer = (n: number): string => n.toLocaleString('en-US');

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

export const ratio = (x: number): string => `${x.toFixed(2)}×`;

export const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
