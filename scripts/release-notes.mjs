// Prints the CHANGELOG.md section of one version (Keep a Changelog: `## [X.Y.Z] - date`), for the release
// workflow's notes: `node scripts/release-notes.mjs 1.2.0 [CHANGELOG.md]`. Exit 1, saying so, when it is missing
// or empty, so that a release never goes out without its notes.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The body of `## [version]` up to the next `## ` heading, without link definitions; undefined if none. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).filter((line) => !/^\[[^\]]+\]: /.test(line));
  const text = body.join('\n').trim();
  return text === '' ? undefined : `${text}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    process.stderr.write('usage: node scripts/release-notes.mjs X.Y.Z [CHANGELOG.md]\n');
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(file, 'utf8'), version);
  if (notes === undefined) {
    process.stderr.write(`${file}: no "## [${version}]" section with entries; move Unreleased under it first\n`);
    process.exit(1);
  }
  process.stdout.write(notes);
}
