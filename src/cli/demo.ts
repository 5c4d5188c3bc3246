/**
 * `okr-scorecard --demo`: the example OKR file scored against the embedded sample history, served by the loopback
 * GitHub stand-in so that it runs the very client code a real run does. The stand-in, GitHub's GraphQL schema and
 * the history load only here.
 */
import type { CliIo } from './io.js';
import type { CliCommand } from './args.js';
import { redactTokenShapes } from '../report/redact.js';
import { startFakeGitHub } from '../fake-github/index.js';
import { demoHistory } from '../../demo/history.js';
import {
  DEMO_AS_OF,
  DEMO_OKRS_PATH,
  DEMO_REPOSITORY,
  demoMetrics,
  demoOkrsText,
  demoValueHistory,
} from '../../demo/scenario.js';
import { exitCodeFor, parseOrReport, print, scoreAndCoach } from './score.js';

export async function runDemo(command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): Promise<number> {
  const okrs = parseOrReport(demoOkrsText, DEMO_OKRS_PATH, io);
  if (!okrs) return 1;
  const github = await startFakeGitHub({ history: demoHistory(), now: () => io.now });
  try {
    const report = await scoreAndCoach({
      okrs,
      repository: DEMO_REPOSITORY,
      baseUrl: github.url,
      // The stand-in, like GitHub, gives anonymous callers 60 requests an hour; the demo acts as a signed-in user.
      token: 'demo-token',
      metrics: demoMetrics(),
      history: demoValueHistory(),
      io,
      asOf: command.asOf ?? new Date(DEMO_AS_OF),
      deadline: command.deadline,
      rateLimitReserve: command.rateLimitReserve,
    });
    print(report, command, io, redactTokenShapes);
    if (command.format === 'terminal') {
      io.stdout(
        `\nThis was the demo: ${DEMO_REPOSITORY}'s sample history ` +
          `(${github.requests.length} requests to a loopback GitHub stand-in).\n` +
          'Score your own: okr-scorecard --okrs .github/okrs.yml --repo OWNER/NAME (token in GITHUB_TOKEN).\n',
      );
    }
    return exitCodeFor(report, command, io);
  } finally {
    await github.close();
  }
}
