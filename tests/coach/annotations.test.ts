import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotateErrors, annotateFindings } from '../../src/deliver/annotations.js';

/** The workflow commands @actions/core really writes to stdout, as the runner reads them. */
function commandsWritten(run: () => void): string[] {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return written.join('').split(/\r?\n/).filter(Boolean);
}

afterEach(() => vi.restoreAllMocks());

describe('annotations', () => {
  it('puts each finding on its line of the OKR file, by severity', () => {
    const lines = commandsWritten(() =>
      annotateFindings(
        [
          { rule: 'kr-count', severity: 'warning', message: 'Too few key results.', line: 6 },
          { rule: 'unaligned', severity: 'info', message: 'Say what it serves.', line: 9 },
          { rule: 'custom', severity: 'error', message: 'Broken.', line: 2 },
        ],
        '.github/okrs.yml',
      ),
    );
    expect(lines).toEqual([
      '::warning title=kr-count,file=.github/okrs.yml,line=6::Too few key results.',
      '::notice title=unaligned,file=.github/okrs.yml,line=9::Say what it serves.',
      '::error title=custom,file=.github/okrs.yml,line=2::Broken.',
    ]);
  });

  it('puts parse errors on their line and column', () => {
    const lines = commandsWritten(() =>
      annotateErrors([{ file: '.github/okrs.yml', line: 3, column: 5, message: 'unknown key "align-to"' }]),
    );
    expect(lines).toEqual([
      '::error title=Invalid OKR file,file=.github/okrs.yml,line=3,col=5::unknown key "align-to"',
    ]);
  });

  it('cannot be made to emit a second command by text from the OKR file', () => {
    const lines = commandsWritten(() =>
      annotateFindings(
        [{ rule: 'kr-count', severity: 'warning', message: 'Objective "x\n::error::pwned" 100%', line: 1 }],
        'okrs,line=9.yml',
      ),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      '::warning title=kr-count,file=okrs%2Cline=9.yml,line=1::Objective "x%0A::error::pwned" 100%25',
    );
  });
});
