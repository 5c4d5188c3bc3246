/**
 * `okr-scorecard --demo`: the example OKR file scored against the embedded sample history, served by the loopback
 * GitHub stand-in (and a Prometheus one for its prometheus key result) so that it runs the very client code a real
 * run does. The stand-ins, GitHub's GraphQL schema and the history load only here.
 */
import { resolve } from 'node:path';
import type { CliIo } from './io.js';
import type { OkrFile } from '../okrs/model.js';
import { tryReadLocalFile } from '../io/workspace.js';
import { escapeTerminal } from '../report/escape.js';
import type { CliCommand } from './args.js';
import { redactTokenShapes } from '../report/redact.js';
import { startFakeGitHub } from '../fake-github/index.js';
import { clientSchema } from '../fake-github/graphql/client-schema.js';
import { startFakePrometheus } from '../fake-prometheus/server.js';
import { demoPrometheusQueries } from '../../demo/prometheus.js';
import { demoHistory } from '../../demo/history.js';
import {
  DEMO_AS_OF,
  DEMO_DRAFT_AS_OF,
  DEMO_OKRS_PATH,
  demoDraftText,
  DEMO_REPOSITORY,
  demoMetrics,
  demoOkrsText,
  demoValueHistory,
} from '../../demo/scenario.js';
import { exitCodeFor, parseOrReport, print, readMetrics, scoreAndCoach } from './score.js';

/**
 * The sample scorecard; with `--draft` the draft of the sample's OKRs; or with `--okrs FILE` the user's own OKRs
 * scored against the sample history (the demo's repository unless `--repo` names another the history holds), so a
 * team can see their file scored offline.
 */
export async function runDemo(command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): Promise<number> {
  const history = demoHistory();
  const repository = command.repo ?? DEMO_REPOSITORY;
  const held = history.repositories.map((r) => r.fullName);
  if (!held.some((name) => name.toLowerCase() === repository.toLowerCase())) {
    io.stderr(
      `okr-scorecard: --repo ${escapeTerminal(repository)}: the demo's sample history holds only ` +
        `${held.join(' and ')}; leave --repo out, or drop --demo to measure ${escapeTerminal(repository)} on GitHub\n`,
    );
    return 2;
  }
  let okrs: OkrFile | undefined;
  if (command.okrsGiven) {
    const read = tryReadLocalFile(resolve(io.cwd, command.okrs));
    if ('problem' in read) {
      io.stderr(
        `okr-scorecard: ${escapeTerminal(command.okrs)}: ${read.problem} (give the OKR file with --okrs FILE)\n`,
      );
      return 2;
    }
    okrs = parseOrReport(read.text, command.okrs, io);
  } else {
    // The draft is the pull request that proposes the OKRs: calibrated, as `calibrate: auto` does there.
    okrs = parseOrReport(command.draft ? demoDraftText : demoOkrsText, DEMO_OKRS_PATH, io);
  }
  if (!okrs) return command.failOn === 'never' ? 0 : 1;
  const supplied = await readMetrics(command.metrics, io);
  if (supplied === undefined) return 2;
  // GitHub's schema cut to the client's queries: the same answers, without building the full schema (0.3 s).
  const github = await startFakeGitHub({ history, now: () => io.now, graphqlSchema: clientSchema });
  // The demo's prometheus key result asks a stand-in that knows its one query (demo/prometheus.ts).
  const prometheus = await startFakePrometheus(demoPrometheusQueries());
  try {
    const report = await scoreAndCoach({
      okrs,
      repository,
      baseUrl: github.url,
      // The stand-in, like GitHub, gives anonymous callers 60 requests an hour; the demo acts as a signed-in user.
      token: 'demo-token',
      metrics: { ...demoMetrics(), ...supplied },
      // The sample's earlier supplied values belong to the sample file's key results only.
      history: command.draft || command.okrsGiven ? undefined : demoValueHistory(),
      io,
      asOf: command.asOf ?? new Date(command.draft ? DEMO_DRAFT_AS_OF : DEMO_AS_OF),
      calibrate: command.calibrate || command.draft,
      deadline: command.deadline,
      rateLimitReserve: command.rateLimitReserve,
      prometheus: { url: prometheus.url, headers: {}, secrets: [] },
      // Always direct: a proxy in the environment must not carry the demo's loopback requests away.
      prometheusFetch: fetch,
      // GitHub asks for a second between writes and GraphQL queries; a loopback stand-in needs no such courtesy.
      delayUnitMs: 10,
    });
    print(report, command, io, redactTokenShapes);
    if (command.format === 'terminal') {
      const whose = command.okrsGiven ? `${escapeTerminal(command.okrs)} scored against ` : '';
      io.stdout(
        `\nThis was the demo: ${whose}${repository}'s sample history ` +
          `(${github.requests.length} requests to a loopback GitHub stand-in, ` +
          `${prometheus.requests} queries to a loopback Prometheus stand-in).\n` +
          'Score your own: okr-scorecard --okrs .github/okrs.yml --repo OWNER/NAME (token in GITHUB_TOKEN).\n',
      );
    }
    return exitCodeFor(report, command, io, redactTokenShapes);
  } finally {
    await Promise.all([github.close(), prometheus.close()]);
  }
}
