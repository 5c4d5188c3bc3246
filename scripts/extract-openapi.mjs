// Extracts, from GitHub's OpenAPI description, the response schemas of the routes the loopback stand-in serves,
// with every component schema they reference (transitively), into tests/support/openapi/github-schemas.json.
// The full description (npm `@octokit/openapi`) is ~400 MB unpacked, so it is installed outside the project,
// and this script installs nothing itself:
//
//   npm install --prefix /tmp/oa @octokit/openapi
//   node scripts/extract-openapi.mjs /tmp/oa/node_modules/@octokit/openapi
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** [method, OpenAPI path, success status]: keep in step with src/fake-github/routes/. */
const ROUTES = [
  ['get', '/repos/{owner}/{repo}', 200],
  ['get', '/repos/{owner}/{repo}/actions/workflows', 200],
  ['get', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', 200],
  ['get', '/repos/{owner}/{repo}/deployments', 200],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', 200],
  ['get', '/repos/{owner}/{repo}/commits', 200],
  ['get', '/repos/{owner}/{repo}/commits/{ref}', 200],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}', 200],
  ['get', '/repos/{owner}/{repo}/issues', 200],
  ['post', '/repos/{owner}/{repo}/issues', 201],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}', 200],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}', 200],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 200],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201],
  ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 200],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 200],
  ['get', '/repos/{owner}/{repo}/pulls', 200],
  ['get', '/repos/{owner}/{repo}/contents/{path}', 200],
  ['get', '/user', 200],
  ['get', '/rate_limit', 200],
];
/** Error bodies the stand-in sends (404, 403, 422). */
const EXTRA_SCHEMAS = ['basic-error', 'validation-error'];

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: node scripts/extract-openapi.mjs <path to node_modules/@octokit/openapi>');
  process.exit(2);
}
const pkg = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
const spec = JSON.parse(await readFile(join(packageDir, 'generated', 'api.github.com.json'), 'utf8'));

const schemas = {};
function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect);
  if (node === null || typeof node !== 'object') return;
  if (typeof node.$ref === 'string') {
    const match = /^#\/components\/schemas\/(.+)$/.exec(node.$ref);
    if (!match) throw new Error(`unexpected $ref ${node.$ref}`);
    const name = match[1];
    if (!(name in schemas)) {
      schemas[name] = spec.components.schemas[name];
      if (!schemas[name]) throw new Error(`missing schema ${name}`);
      collect(schemas[name]);
    }
  }
  for (const [key, value] of Object.entries(node)) {
    // Examples are documentation, not shape: dropping them keeps the extract small.
    if (key !== 'example' && key !== 'examples') collect(value);
  }
}

const routes = {};
for (const [method, path, status] of ROUTES) {
  const operation = spec.paths[path]?.[method];
  const schema = operation?.responses?.[status]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no ${status} JSON response for ${method.toUpperCase()} ${path}`);
  collect(schema);
  routes[`${method.toUpperCase()} ${path}`] = { status, operationId: operation.operationId, schema };
}
for (const name of EXTRA_SCHEMAS) collect({ $ref: `#/components/schemas/${name}` });

function stripExamples(node) {
  if (Array.isArray(node)) return node.map(stripExamples);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'example' && key !== 'examples')
      .map(([key, value]) => [key, stripExamples(value)]),
  );
}

const sortedSchemas = Object.fromEntries(
  Object.keys(schemas)
    .sort()
    .map((name) => [name, stripExamples(schemas[name])]),
);
const output = {
  source: '@octokit/openapi',
  version: pkg.version,
  file: 'generated/api.github.com.json',
  openapi: spec.openapi,
  apiVersion: spec.info?.version,
  regenerate:
    'npm install --prefix /tmp/oa @octokit/openapi && ' +
    'node scripts/extract-openapi.mjs /tmp/oa/node_modules/@octokit/openapi',
  notes: {
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs':
      spec.paths['/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'].get.description,
  },
  routes: stripExamples(routes),
  components: { schemas: sortedSchemas },
};
const target = new URL('../tests/support/openapi/github-schemas.json', import.meta.url);
const text = `${JSON.stringify(output, null, 1)}\n`;
await writeFile(target, text);
console.log(
  `wrote ${target.pathname}: ${Object.keys(routes).length} routes, ` +
    `${Object.keys(sortedSchemas).length} schemas, ${text.length} bytes`,
);
