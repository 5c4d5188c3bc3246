/**
 * The architecture, checked (npm run lint): no import cycle between files (type-only imports count), no source
 * file nothing imports, and each stage imports only the stages below it. docs/architecture.md explains the stages;
 * a new folder needs a line in LAYERS here and there.
 */

/** Each stage of src/ and the stages it may import (besides itself and node_modules). Bottom first. */
const LAYERS = {
  model: [],
  syntax: ['model'],
  'metric-types': ['model', 'syntax'],
  okrs: ['model', 'syntax', 'metric-types'],
  github: ['model'],
  io: ['model'],
  prometheus: ['model', 'syntax', 'metric-types', 'okrs', 'github'],
  metrics: ['model', 'metric-types', 'github', 'prometheus'],
  scoring: ['model', 'metric-types', 'okrs', 'metrics'],
  'report-model': ['model', 'metric-types'],
  trend: ['model', 'metric-types', 'okrs', 'github', 'metrics', 'scoring', 'report-model'],
  plan: ['model', 'metric-types', 'okrs', 'github', 'prometheus', 'metrics', 'trend'],
  rollup: ['model', 'okrs', 'scoring', 'report-model'],
  report: ['model', 'metric-types', 'okrs', 'github', 'plan', 'rollup', 'report-model'],
  coach: ['model', 'metric-types', 'okrs', 'github', 'scoring', 'report', 'report-model'],
  engine: [
    'model',
    'metric-types',
    'okrs',
    'github',
    'prometheus',
    'metrics',
    'scoring',
    'trend',
    'plan',
    'coach',
    'report',
    'report-model',
  ],
  deliver: ['model', 'okrs', 'github', 'trend', 'report', 'report-model'],
  options: ['model', 'syntax', 'github', 'report-model'],
  'fake-github': ['model'],
  'fake-prometheus': ['model'],
  action: ['*', '!cli', '!fake-github', '!fake-prometheus', '!demo', '!cli-entry', '!action-entry'],
  cli: ['*', '!action', '!action-entry', '!cli-entry'],
  'action-entry': ['action', 'model'],
  'cli-entry': ['cli', 'model'],
  demo: ['fake-github', 'fake-prometheus', 'report-model', 'model', 'metric-types'],
};

/** Where each stage's files are (a folder, or a single file for the stages that are one). */
const PATHS = {
  'report-model': '^src/report/model[.]ts$',
  report: '^src/report/(?!model[.]ts$)',
  scoring: '^src/scoring[.]ts$',
  plan: '^src/plan[.]ts$',
  engine: '^src/engine([.]ts$|/)',
  'action-entry': '^src/main[.]ts$',
  'cli-entry': '^src/cli[.]ts$',
  demo: '^demo/',
};
const pathOf = (layer) => PATHS[layer] ?? `^src/${layer}/`;

const allowedFor = (layer) => {
  const list = LAYERS[layer];
  if (!list.includes('*')) return [layer, ...list];
  const denied = new Set(list.filter((entry) => entry.startsWith('!')).map((entry) => entry.slice(1)));
  return Object.keys(LAYERS).filter((other) => !denied.has(other));
};

const layerRules = Object.keys(LAYERS).map((layer) => ({
  name: `layer-${layer}`,
  comment: `${layer} imports only ${allowedFor(layer).join(', ')} (docs/architecture.md)`,
  severity: 'error',
  from: { path: pathOf(layer) },
  to: { path: '^(src|demo)/', pathNot: allowedFor(layer).map(pathOf) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle, type-only imports included: move the shared piece into a module both import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A source file nothing imports: delete it, or import it where it belongs.',
      severity: 'error',
      from: { orphan: true, path: '^src/', pathNot: ['[.]d[.]ts$', '^src/(main|cli)[.]ts$'] },
      to: {},
    },
    {
      name: 'src-not-tests',
      comment: 'Shipped code never imports tests or scripts.',
      severity: 'error',
      from: { path: '^(src|demo)/' },
      to: { path: '^(tests|scripts)/' },
    },
    ...layerRules,
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
