/**
 * `okr-scorecard --demo`: the example OKR file scored against the embedded sample history, served by the loopback
 * GitHub stand-in (and a Prometheus one for its prometheus key result) so that it runs the very client code a real
 * run does. The stand-ins, GitHub's GraphQL schema and the history load only here.
 */
import type { CliIo } from './io.js';
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
import { exitCodeFor, parseOrReport, print, scoreAndCoach } from './score.js';

export async function runDemo(command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): Promise<number> {
  // The draft is the pull request that proposes the OKRs: calibrated, as `calibrate: auto` does there.
  const okrs = parseOrReport(command.draft ? demoDraftText : demoOkrsText, DEMO_OKRS_PATH, io);
  if (!okrs) return 1;
  // GitHub's schema cut to the client's queries: the same answers, without building the full schema (0.3 s).
  const github = await startFakeGitHub({ history: demoHistory(), now: () => io.now, graphqlSchema: clientSchema });
  // The demo's prometheus key result asks a stand-in that knows its one query (demo/prometheus.ts).
  const prometheus = await startFakePrometheus(demoPrometheusQueries());
  try {
    const report = await scoreAndCoach({
      okrs,
      repository: DEMO_REPOSITORY,
      baseUrl: github.url,
      // The stand-in, like GitHub, gives anonymous callers 60 requests an hour; the demo acts as a signed-in user.
      token: 'demo-token',
      metrics: demoMetrics(),
      history: command.draft ? undefined : demoValueHistory(),
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
      io.stdout(
        `\nThis was the demo: ${DEMO_REPOSITORY}'s sample history ` +
          `(${github.requests.length} requests to a loopback GitHub stand-in, ` +
          `${prometheus.requests} queries to a loopback Prometheus stand-in).\n` +
          'Score your own: okr-scorecard --okrs .github/okrs.yml --repo OWNER/NAME (token in GITHUB_TOKEN).\n',
      );
    }
    return exitCodeFor(report, command, io);
  } finally {
    await Promise.all([github.close(), prometheus.close()]);
  }
}
