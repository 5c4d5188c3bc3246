/**
 * The e2e harness sets INPUT_* as GitHub's runner does (actions/runner: ActionRunner fills every declared input
 * with its evaluated default, then Handler.AddInputsToEnvironment names it `INPUT_` + upper case, spaces → `_`).
 */
import { describe, expect, it } from 'vitest';
import { inputVariable, loadActionYml, parseActionYml, type ActionInput } from '../support/action-yml.js';
import { evaluateDefault, inputEnvironment } from '../support/runner.js';
import { runAction } from '../support/run-action.js';

const github = { token: 'ghs_contextToken', repository: 'acme/payments', event_name: 'push' };

describe('INPUT_* variables', () => {
  it('keep hyphens and upper-case the name; only spaces become underscores', () => {
    expect(inputVariable('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputVariable('as-of')).toBe('INPUT_AS-OF');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  it('every input action.yml declares is set, to its default with `${{ github.* }}` resolved', () => {
    const env = inputEnvironment({}, github);
    const declared = loadActionYml().inputs;
    expect(Object.keys(env).sort()).toEqual(declared.map((input) => inputVariable(input.name)).sort());
    expect(env['INPUT_GITHUB-TOKEN']).toBe('ghs_contextToken');
    expect(env.INPUT_REPOSITORY).toBe('acme/payments');
    expect(env.INPUT_OKRS).toBe('.github/okrs.yml');
    expect(env.INPUT_ISSUE).toBe('');
    expect(Object.values(env).join('\n')).not.toContain('${{');
  });

  it('the step’s `with:` overrides a default, matched to the input ignoring case as the runner does', () => {
    const env = inputEnvironment({ 'fail-on': 'never', Issue: 'OKR scorecard' }, github);
    expect(env['INPUT_FAIL-ON']).toBe('never');
    expect(env.INPUT_ISSUE).toBe('OKR scorecard');
  });

  it('an input action.yml does not declare throws, naming it and the declared ones', () => {
    expect(() => inputEnvironment({ 'fail-on': 'never', frobnicate: 'yes' }, github)).toThrow(
      /Unexpected input\(s\) 'frobnicate'; action.yml declares okrs, github-token/,
    );
  });

  it('runAction refuses it before anything runs, and refuses INPUT_* smuggled in through env', async () => {
    await expect(runAction({ apiUrl: 'http://127.0.0.1:9', with: { 'githb-token': 'x' } })).rejects.toThrow(
      /Unexpected input\(s\) 'githb-token'/,
    );
    await expect(runAction({ apiUrl: 'http://127.0.0.1:9', env: { 'INPUT_AS-OF': 'x' } })).rejects.toThrow(
      /not env: INPUT_AS-OF/,
    );
  });

  it('a default is evaluated by GitHub’s expression evaluator; a context it does not model throws', () => {
    const input = (expression: string): ActionInput => ({
      name: 'x',
      description: 'd',
      required: false,
      default: `\${{ ${expression} }}`,
      defaultValue: { expression },
    });
    const context = { ...github, event: { pull_request: { number: 7 } } };
    expect(evaluateDefault(input('github.repository'), context)).toBe('acme/payments');
    expect(evaluateDefault(input("format('pr-{0}', github.event.pull_request.number)"), context)).toBe('pr-7');
    expect(evaluateDefault(input("github.sha || 'none'"), context)).toBe('none');
    expect(() => evaluateDefault(input('runner.temp'), context)).toThrow(/input "x", `\$\{\{ runner.temp \}\}`: /);
    const literal: ActionInput = { ...input('x'), default: 'a', defaultValue: { literal: 'a' } };
    expect(evaluateDefault(literal, context)).toBe('a');
  });

  it('action.yml’s mixed defaults reach the evaluator as GitHub’s parser joins them', () => {
    const parsed = parseActionYml(
      'name: n\ndescription: d\ninputs:\n  x:\n    description: d\n    default: a-${{ github.repository }}-b\n' +
        'runs: { using: node24, main: dist/index.js }\n',
    );
    expect(evaluateDefault(parsed.inputs[0]!, github)).toBe('a-acme/payments-b');
  });
});
