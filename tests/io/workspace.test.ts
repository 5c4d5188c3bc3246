import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_REFUSAL, tryReadLocalFile, workspaceFileReader, WorkspacePathError } from '../../src/io/workspace.js';

const CONFIG =
  '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==\n';

function layout() {
  const root = mkdtempSync(join(tmpdir(), 'okr-ws-'));
  const workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'metrics'), { recursive: true });
  mkdirSync(join(workspace, '.git', 'modules', 'sub'), { recursive: true });
  mkdirSync(join(workspace, 'vendor', 'lib', '.git'), { recursive: true });
  writeFileSync(join(workspace, '.git', 'config'), CONFIG);
  writeFileSync(join(workspace, 'vendor', 'lib', '.git', 'config'), CONFIG);
  writeFileSync(join(workspace, 'metrics', 'latency.json'), '{"p99": 87}');
  writeFileSync(join(root, 'secret.txt'), 'runner secret');
  symlinkSync(join(root, 'secret.txt'), join(workspace, 'metrics', 'leak.json'));
  symlinkSync(join(workspace, 'metrics', 'latency.json'), join(workspace, 'inside-link.json'));
  symlinkSync('../.git/config', join(workspace, 'metrics', 'config-link.yml'));
  symlinkSync('.git', join(workspace, 'dotgit-dir'));
  symlinkSync(join(workspace, '.git', 'modules'), join(workspace, 'modules-link'));
  return { root, workspace, read: workspaceFileReader(workspace) };
}

const refusal = (read: (p: string) => string, path: string) => {
  try {
    read(path);
  } catch (error) {
    return error instanceof WorkspacePathError ? error.reason : `other: ${String(error)}`;
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

describe('never a file under .git', () => {
  it('refuses every path that names or resolves into a .git directory', () => {
    const { read } = layout();
    for (const path of [
      '.git/config',
      './.git/config',
      '.GIT/config',
      '.git//config',
      'vendor/lib/.git/config',
      'metrics/config-link.yml',
      'dotgit-dir/config',
      'modules-link/sub',
    ]) {
      expect({ path, reason: refusal(read, path) }).toEqual({ path, reason: 'git' });
    }
    // `..` back into .git is refused before it resolves.
    expect(refusal(read, './.github/../.git/config')).toBe('outside');
  });

  it('says why, without quoting what is in the file or where a link points', () => {
    const { read } = layout();
    let message = '';
    try {
      read('metrics/config-link.yml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'file "metrics/config-link.yml": it leads into a .git directory, which holds the checkout\'s credentials: ' +
        'refused',
    );
  });

  it('the command line reader refuses .git too, wherever the file is', () => {
    const { workspace } = layout();
    expect(tryReadLocalFile(join(workspace, '.git', 'config'))).toEqual({ problem: GIT_REFUSAL });
    expect(tryReadLocalFile(join(workspace, 'metrics', 'config-link.yml'))).toEqual({ problem: GIT_REFUSAL });
    expect(tryReadLocalFile(join(workspace, 'inside-link.json'))).toEqual({ text: '{"p99": 87}' });
    // `.GIT/config` is `.git/config` on macOS and Windows: refused by its name, before the file system is asked.
    for (const path of ['.GIT/config', '.Git/config', 'sub/.gIT/x']) {
      expect(tryReadLocalFile(join(workspace, path))).toEqual({ problem: GIT_REFUSAL });
    }
  });
});

describe('only regular files', () => {
  it('a directory is a clear error', () => {
    const { read, workspace } = layout();
    expect(refusal(read, 'metrics')).toBe('unreadable');
    expect(() => read('metrics')).toThrow('file "metrics" cannot be read: it is a directory, not a file');
    expect(tryReadLocalFile(join(workspace, 'metrics'))).toEqual({ problem: 'it is a directory, not a file' });
  });

  it('a FIFO is an error, not a hang', () => {
    const { read, workspace } = layout();
    execFileSync('mkfifo', [join(workspace, 'metrics', 'pipe.json')]);
    expect(refusal(read, 'metrics/pipe.json')).toBe('unreadable');
    expect(() => read('metrics/pipe.json')).toThrow(/cannot be read: it is not a regular file/);
    expect(tryReadLocalFile(join(workspace, 'metrics', 'pipe.json'))).toMatchObject({ problem: /not a regular file/ });
  });
});
