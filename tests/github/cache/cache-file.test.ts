/**
 * The cache file (SPEC §14): read only when it is whole, of this format, this repository's and token's, and younger
 * than 7 days (else ignored with a notice, and rewritten); written by a rename; never holding the token; kept to a
 * directory in the workspace or under RUNNER_TEMP.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoHistory } from '../../../demo/history.js';
import { DEMO_AS_OF, demoOkrsText } from '../../../demo/scenario.js';
import { cacheOwner, ListingCache } from '../../../src/github/cache/listing-cache.js';
import { CACHE_FILE_NAME, cacheDirectory, cacheFileStore } from '../../../src/io/cache-file.js';
import { parseOkrFile } from '../../../src/okrs/parse.js';
import { OWNER_HASH, scoreAt } from './support.js';

const parsed = parseOkrFile(demoOkrsText, '.github/okrs.yml');
if (!parsed.ok) throw new Error('demo OKR file does not parse');
const now = new Date(DEMO_AS_OF);
const DAY = 86_400_000;

function load(text: string | null, owner = OWNER_HASH, at = now) {
  const notices: string[] = [];
  const cache = ListingCache.load(
    text,
    owner,
    () => at,
    (m) => notices.push(m),
  );
  return { cache, notices };
}

describe('a cache that is not this run’s to trust is ignored, with a notice', () => {
  it('whole, own, young: read without a notice; anything else: read in full, rewritten', async () => {
    const first = await scoreAt(parsed.okrs, demoHistory(), now, null);
    expect(load(first.cacheText).notices).toEqual([]);
    const file = JSON.parse(first.cacheText);
    const runs = Object.keys(file.listings).find((key) => key.startsWith('workflow-runs'))!;
    const cut = structuredClone(file);
    cut.listings[runs].runs.updated.pop();
    const cases: [string, string, RegExp][] = [
      ['not JSON', first.cacheText.slice(0, 1000), /not readable JSON/],
      ['another format', JSON.stringify({ ...file, format: 1 }), /another version/],
      ['columns of different lengths', JSON.stringify(cut), /not whole or not consistent/],
      ['another owner', first.cacheText, /another repository or GitHub/],
      ['8 days old', first.cacheText, /older than 7 days/],
    ];
    for (const [what, text, notice] of cases) {
      const owner = what === 'another owner' ? 'someone else' : OWNER_HASH;
      const at = what === '8 days old' ? new Date(now.getTime() + 8 * DAY) : now;
      const loaded = load(text, owner, at);
      expect(loaded.notices, what).toEqual([expect.stringMatching(notice)]);
      expect(loaded.cache.entry(runs, 'workflow-runs'), what).toBeUndefined();
    }
    // A broken cache costs a full read and gives the same report; the file written after it is whole again.
    const broken = await scoreAt(parsed.okrs, demoHistory(), now, JSON.stringify(cut));
    expect(broken.notices).toHaveLength(1);
    expect({ ...broken.report, requests: undefined }).toEqual({ ...first.report, requests: undefined });
    expect(broken.report.requests!.sources.filter((s) => s.cache).every((s) => s.cache!.state === 'cold')).toBe(true);
    expect(load(broken.cacheText).notices).toEqual([]);
  }, 120_000);

  it('the owner is a hash of the repository and the GitHub it was read from, not of the token', () => {
    const owner = cacheOwner('acme/payments', 'https://api.github.com');
    expect(owner).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheOwner('Acme/Payments', 'https://API.github.com/')).toBe(owner);
    expect(cacheOwner('acme/payments', 'https://ghe.example.com/api/v3')).not.toBe(owner);
    expect(cacheOwner('acme/other', 'https://api.github.com')).not.toBe(owner);
  });
});

describe('the cache directory and file', () => {
  it('is refused outside the workspace and RUNNER_TEMP, symlinks resolved', () => {
    const root = mkdtempSync(join(tmpdir(), 'okr-cache-'));
    const workspace = join(root, 'workspace');
    const runnerTemp = join(root, 'temp');
    mkdirSync(workspace);
    mkdirSync(runnerTemp);
    const roots = { workspace, runnerTemp };
    expect(cacheDirectory('.okr-cache', roots)).toBe(join(workspace, '.okr-cache'));
    expect(cacheDirectory(join(runnerTemp, 'okr-cache'), roots)).toBe(join(runnerTemp, 'okr-cache'));
    expect(() => cacheDirectory('../elsewhere', roots)).toThrow(/outside the workspace or RUNNER_TEMP/);
    expect(() => cacheDirectory('/etc', roots)).toThrow(/outside the workspace or RUNNER_TEMP/);
    symlinkSync(root, join(workspace, 'link'));
    expect(() => cacheDirectory('link/elsewhere', roots)).toThrow(/outside the workspace or RUNNER_TEMP/);
    // Refused before anything is made: a link to outside must not leave folders there.
    expect(() => cacheDirectory('link/evil/deep', roots)).toThrow(/outside the workspace or RUNNER_TEMP/);
    expect(readdirSync(root).sort()).toEqual(['temp', 'workspace']);
  });

  it('must be a directory: an empty name or a file is refused, saying so', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'okr-cache-'));
    writeFileSync(join(workspace, 'notes.txt'), 'my notes');
    expect(() => cacheDirectory('', { workspace })).toThrow(/give a directory/);
    expect(() => cacheDirectory('notes.txt', { workspace })).toThrow(/is a file, not a directory/);
    expect(readFileSync(join(workspace, 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('is replaced whole through a temporary file, and an unreadable one reads as none, with a notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-cache-'));
    const notices: string[] = [];
    const store = cacheFileStore(dir, (m) => notices.push(m));
    expect(store.read()).toBeNull();
    store.write('{"a":1}');
    store.write('{"a":2}');
    expect(readdirSync(dir)).toEqual([CACHE_FILE_NAME]);
    expect(readFileSync(join(dir, CACHE_FILE_NAME), 'utf8')).toBe('{"a":2}');
    expect(store.read()).toBe('{"a":2}');
    const unreadable = join(dir, 'sub');
    mkdirSync(join(unreadable, CACHE_FILE_NAME), { recursive: true });
    expect(cacheFileStore(unreadable, (m) => notices.push(m)).read()).toBeNull();
    expect(notices).toEqual([expect.stringMatching(/cannot be read \(it is a directory/)]);
  });
});
