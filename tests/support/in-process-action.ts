/**
 * The action's `runAction` (src/action.ts) in this process, as main.ts calls it: the real @actions/core with the
 * runner's side passed in (its inputs as the runner would set them from action.yml, and sinks that record the
 * annotations, outputs, log and job summary instead of printing them). Faster than the bundle in a child
 * process (run-dist.ts), and the same code path from the inputs on.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { runAction } from '../../src/action/run.js';
import { inputVariable } from './action-yml.js';
import { DEFAULT_TOKEN, inputEnvironment } from './runner.js';

interface Annotation {
  kind: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
}

export interface InProcessRun {
  failure?: string;
  annotations: Annotation[];
  outputs: Record<string, string>;
  log: string[];
  summary: string;
}

export interface InProcessOptions {
  apiUrl: string;
  /** The step's `with:`; action.yml's defaults fill the rest. */
  with?: Record<string, string>;
  token?: string;
  /** Files to lay out in the workspace, path → text. */
  files?: Record<string, string>;
  repository?: string;
  eventName?: string;
  event?: unknown;
  now?: Date;
}

export async function runActionInProcess(options: InProcessOptions): Promise<InProcessRun> {
  const root = mkdtempSync(join(tmpdir(), 'okr-action-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  mkdirSync(runnerTemp, { recursive: true });
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const repository = options.repository ?? 'acme/payments';
  const eventName = options.eventName ?? 'push';
  const env = inputEnvironment(options.with ?? {}, {
    token: options.token ?? DEFAULT_TOKEN,
    repository,
    event_name: eventName,
    event: options.event ?? {},
  });
  const run: InProcessRun = { annotations: [], outputs: {}, log: [], summary: '' };
  const annotate =
    (kind: Annotation['kind']) =>
    (message: string | Error, properties: core.AnnotationProperties = {}): void => {
      run.annotations.push({ kind, message: String(message), file: properties.file, line: properties.startLine });
    };
  const summary = {
    buffer: '',
    addRaw(text: string, addEOL = false) {
      summary.buffer += addEOL ? `${text}\n` : text;
      return summary;
    },
    async write() {
      run.summary += summary.buffer;
      summary.buffer = '';
      return summary;
    },
    emptyBuffer() {
      summary.buffer = '';
      return summary;
    },
  };
  const actionCore = {
    ...core,
    getInput: (name: string) => env[inputVariable(name)] ?? '',
    setOutput: (name: string, value: unknown) => {
      run.outputs[name] = String(value);
    },
    setSecret: () => {},
    info: (message: string) => void run.log.push(message),
    debug: () => {},
    startGroup: (name: string) => void run.log.push(`▸ ${name}`),
    endGroup: () => {},
    error: annotate('error'),
    warning: annotate('warning'),
    notice: annotate('notice'),
    summary,
  } as unknown as typeof core;
  const outcome = await runAction({
    runner: {
      repository,
      eventName,
      payload: options.event ?? {},
      apiUrl: options.apiUrl,
      serverUrl: 'https://github.com',
      runId: 1,
      workspace,
      runnerTemp,
    },
    core: actionCore,
    now: options.now ?? new Date(),
  });
  return { ...run, ...(outcome.failure !== undefined ? { failure: outcome.failure } : {}) };
}
