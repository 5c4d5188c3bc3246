/**
 * A real Prometheus for the tests (Debian's `prometheus` package; scripts/ci-prometheus.sh installs it): the
 * quarter of history.ts backfilled with promtool into a TSDB, then a server on a free loopback port over a copy
 * of it, with no scrape targets. The blocks are built once per machine and history (keyed by the text's hash);
 * each server gets its own copy, since a server takes its storage for itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quarterOpenMetrics } from './history.js';

export interface RunningPrometheus {
  /** `http://127.0.0.1:PORT`: the base under which /api/v1/query lives. */
  url: string;
  stop(): Promise<void>;
}

function binary(name: 'prometheus' | 'promtool'): string {
  const path = process.env[`${name.toUpperCase()}_PATH`] ?? `/usr/bin/${name}`;
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: install Debian's prometheus package (bash scripts/ci-prometheus.sh)`);
  }
  return path;
}

/** The backfilled TSDB blocks of the quarter, built by promtool on first use. */
function quarterBlocks(): string {
  const text = quarterOpenMetrics();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const blocks = join(tmpdir(), `okr-scorecard-prometheus-${hash}`);
  if (existsSync(blocks)) return blocks;
  const work = mkdtempSync(join(tmpdir(), 'okr-scorecard-backfill-'));
  const input = join(work, 'quarter.om');
  writeFileSync(input, text);
  const built = spawnSync(
    binary('promtool'),
    ['tsdb', 'create-blocks-from', 'openmetrics', '-q', input, join(work, 'out')],
    {
      encoding: 'utf8',
    },
  );
  if (built.status !== 0) throw new Error(`promtool could not backfill the quarter: ${built.stderr || built.stdout}`);
  // Renamed into place whole: a test file starting at the same time never sees half the blocks.
  try {
    renameSync(join(work, 'out'), blocks);
  } catch (error) {
    if (!existsSync(blocks)) throw error;
  }
  rmSync(work, { recursive: true, force: true });
  return blocks;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPrometheus(): Promise<RunningPrometheus> {
  const blocks = quarterBlocks();
  const home = mkdtempSync(join(tmpdir(), 'okr-scorecard-prometheus-run-'));
  const storage = join(home, 'data');
  mkdirSync(storage);
  cpSync(blocks, storage, { recursive: true });
  const config = join(home, 'prometheus.yml');
  writeFileSync(config, 'global:\n  evaluation_interval: 1h\nscrape_configs: []\n');
  const port = await freePort();
  const child = spawn(
    binary('prometheus'),
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${storage}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // The backfilled quarter lies months back: a retention shorter than its age would delete it at start.
      '--storage.tsdb.retention.time=36500d',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk) => {
    log = (log + String(chunk)).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop: async () => {
      await stopChild(child);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 25_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`prometheus exited (${child.exitCode}): ${log()}`);
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`prometheus did not become ready at ${url}: ${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
