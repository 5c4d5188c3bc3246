/** The action's inputs: action.yml's defaults and the ones inputs.ts applies outside a runner are the same. */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { loadActionYml } from '../support/action-yml.js';
import { evaluateDefault } from '../support/run-dist.js';

const REPOSITORY = 'acme/payments';
const github = { token: 'ghs_runnerJobToken000000000000000000', repository: REPOSITORY };
const declared = loadActionYml().inputs;

describe('readInputs', () => {
  it('reads every input action.yml declares, and no other', () => {
    const asked: string[] = [];
    readInputs((name) => {
      asked.push(name);
      return '';
    }, REPOSITORY);
    expect(asked.sort()).toEqual(declared.map((input) => input.name).sort());
  });

  it("given nothing (outside a runner), reads what the runner's defaults give, the token aside", () => {
    const defaults = new Map(declared.map((input) => [input.name, evaluateDefault(input, github)]));
    const onRunner = readInputs((name) => defaults.get(name) ?? '', REPOSITORY);
    const outside = readInputs(() => '', REPOSITORY);
    expect(onRunner.ok && outside.ok).toBe(true);
    if (!onRunner.ok || !outside.ok) return;
    // Only the runner knows the job's token (`${{ github.token }}`); outside one, a token must be given.
    expect(onRunner.inputs.token).toBe(github.token);
    expect(outside.inputs).toEqual({ ...onRunner.inputs, token: '' });
  });
});
