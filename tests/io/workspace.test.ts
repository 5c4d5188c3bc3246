import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceFileReader, WorkspacePathError } from '../../src/io/workspace.js';

function layout() {
  const root = mkdtempSync(join(tmpdir(), 'okr-ws-'));
  const workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'metrics'), { recursive: true });
  writeFileSync(join(workspace, 'metrics', 'latency.json'), '{"p99": 87}');
  writeFileSync(join(root, 'secret.txt'), 'runner secret');
  symlinkSync(join(root, 'secret.txt'), join(workspace, 'metrics', 'leak.json'));
  symlinkSync(join(workspace, 'metrics', 'latency.json'), join(workspace, 'inside-link.json'));
  return { root, read: workspaceFileReader(workspace) };
}

const refusal = (read: (p: string) => string, path: string) => {
  try {
    read(path);
  } catch (error) {
    return error instanceof WorkspacePathError ? error.reason : 'other';
  }
  return 'read';
};

describe('files inside the workspace only', () => {
  it('reads a file by its path relative to the workspace, also through a symlink that stays inside', () => {
    const { read } = layout();
    expect(read('metrics/latency.json')).toBe('{"p99": 87}');
    expect(read('./metrics/latency.json')).toBe('{"p99": 87}');
    expect(read('inside-link.json')).toBe('{"p99": 87}');
  });

  it('refuses absolute paths, `..` and symlinks that lead outside', () => {
    const { root, read } = layout();
    expect(refusal(read, join(root, 'secret.txt'))).toBe('outside');
    expect(refusal(read, '../secret.txt')).toBe('outside');
    expect(refusal(read, 'metrics/../../secret.txt')).toBe('outside');
    expect(refusal(read, 'metrics/leak.json')).toBe('outside');
    expect(refusal(read, 'missing.json')).toBe('missing');
  });
});
