/**
 * Every workflow the project ships or shows: its own under .github/workflows/, and each YAML code block in the
 * README and docs/ that is a whole workflow (has `on:` and `jobs:` at the top level), with the line it starts on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root.js';

export interface Workflow {
  /** Where it is, as a person would look for it: `README.md:57` or `.github/workflows/ci.yml`. */
  where: string;
  /** The file it is in. */
  file: string;
  text: string;
  /** Lines before the workflow's first line in its file (0 for a workflow file; the fence's line for a block). */
  lineOffset: number;
}

export function projectWorkflows(): Workflow[] {
  const dir = join(ROOT, '.github', 'workflows');
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = `.github/workflows/${name}`;
      return { where: file, file, text: readFileSync(join(dir, name), 'utf8'), lineOffset: 0 };
    });
  const docFiles = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));
  const docs = ['README.md', ...docFiles.map((name) => `docs/${name}`)];
  return [...files, ...docs.flatMap((doc) => workflowBlocks(doc, readFileSync(join(ROOT, doc), 'utf8')))];
}

/** The ```yaml blocks of a Markdown file that are whole workflows. */
export function workflowBlocks(file: string, markdown: string): Workflow[] {
  const blocks: Workflow[] = [];
  for (const match of markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    const text = match[1]!;
    if (!/^on:/m.test(text) || !/^jobs:/m.test(text)) continue;
    const fenceLine = markdown.slice(0, match.index).split('\n').length;
    blocks.push({ where: `${file}:${fenceLine}`, file, text, lineOffset: fenceLine });
  }
  return blocks;
}
