/** `okr-scorecard rollup`: the company view from the teams' JSON reports, offline (SPEC §10). */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliCommand } from './args.js';
import type { CliIo } from './io.js';
import { formatOkrError } from '../okrs/error-line.js';
import { escapeTerminal } from '../report/escape.js';
import { runRollup } from '../rollup/run.js';
import { nothingRolledUp } from '../rollup/model.js';
import { renderRollupJson } from '../report/rollup-json.js';
import { renderRollupMarkdown } from '../report/rollup-markdown.js';
import { renderRollupTerminal } from '../report/rollup-terminal.js';
import { renderDashboard } from '../report/dashboard/render.js';
import { outputRefusal } from './output-file.js';
import { errorMessage } from '../model/error-message.js';

/**
 * 0 all rolled up; 1 an invalid company file, an unreadable report (the others still shown) or none rolled up;
 * 2 no company file, or an output path refused (output-file.ts).
 */
export async function runRollupCommand(command: Extract<CliCommand, { kind: 'rollup' }>, io: CliIo): Promise<number> {
  const target = command.html ?? 'dashboard.html';
  if (command.format === 'html' && target !== '-') {
    // Before reading anything: `--html *.json` would otherwise write over the first team's report.
    const inputs = [command.company, ...command.reports];
    const refusal = outputRefusal(target, { cwd: io.cwd, inputs, force: command.force });
    if (refusal !== undefined) {
      io.stderr(`okr-scorecard: --html ${escapeTerminal(target)}: ${refusal}\n`);
      return 2;
    }
  }
  let companyText: string;
  try {
    companyText = await readFile(resolve(io.cwd, command.company), 'utf8');
  } catch {
    io.stderr(
      `okr-scorecard: ${escapeTerminal(command.company)}: no such file (give the company OKR file with --company)\n`,
    );
    return 2;
  }
  const result = await runRollup({
    companyFile: command.company,
    companyText,
    reportPaths: command.reports,
    readReport: (path) => readFile(resolve(io.cwd, path), 'utf8'),
    asOf: command.asOf ?? io.now,
    now: io.now,
  });
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${escapeTerminal(formatOkrError(error))}\n`);
    io.stderr(`okr-scorecard: ${escapeTerminal(command.company)} is not a valid OKR file\n`);
    return 1;
  }
  const { view } = result;
  switch (command.format) {
    case 'json':
      io.stdout(renderRollupJson(view.rollup));
      break;
    case 'markdown':
      io.stdout(renderRollupMarkdown(view));
      break;
    case 'html': {
      if (target === '-') {
        io.stdout(renderDashboard(view));
        break;
      }
      try {
        await writeFile(resolve(io.cwd, target), renderDashboard(view), 'utf8');
      } catch (error) {
        const reason = errorMessage(error);
        io.stderr(
          `okr-scorecard: --html ${escapeTerminal(target)}: ` +
            `the dashboard could not be written (${escapeTerminal(reason)})\n`,
        );
        return 1;
      }
      io.stdout(`Dashboard written to ${escapeTerminal(target)}\n`);
      break;
    }
    case 'terminal':
      io.stdout(renderRollupTerminal(view, { color: command.color }));
  }
  // The terminal and Markdown views list unreadable reports themselves: printed once, not again on stderr.
  if (command.format === 'json' || command.format === 'html') {
    for (const error of view.rollup.errors) {
      io.stderr(`okr-scorecard: ${escapeTerminal(error.path)}: ${escapeTerminal(error.message)}\n`);
    }
  }
  const nothing = nothingRolledUp(view.rollup, command.reports.length);
  if (nothing !== undefined) io.stderr(`okr-scorecard: ${nothing}\n`);
  return view.rollup.errors.length > 0 || nothing !== undefined ? 1 : 0;
}
