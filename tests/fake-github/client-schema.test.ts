import { readFileSync } from 'node:fs';
import { parse, validate, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { VIEWER_QUERY } from '../../src/deliver/identity.js';
import { clientSchema } from '../../src/fake-github/graphql/client-schema.js';
import { githubSchema } from '../../src/fake-github/graphql/schema.js';
import { DEPLOYMENTS_QUERY, MORE_STATUSES_QUERY } from '../../src/github/deployments-graphql.js';
import { cutSchemaSdl } from '../support/cut-schema.js';

const QUERIES = [DEPLOYMENTS_QUERY, MORE_STATUSES_QUERY, VIEWER_QUERY];
const fullSdl = readFileSync(
  new URL('../../node_modules/@octokit/graphql-schema/schema.graphql', import.meta.url),
  'utf8',
);

describe("the demo's GraphQL schema, cut to the client's queries", () => {
  it('is what cutting GitHub’s schema to those queries gives today', async () => {
    const cut = cutSchemaSdl(fullSdl, githubSchema(), QUERIES);
    await expect(cut).toMatchFileSnapshot('../../src/fake-github/graphql/client-schema.graphql');
  });

  it('is a valid schema, much smaller than the full one', () => {
    expect(validateSchema(clientSchema())).toEqual([]);
    const cutTypes = Object.keys(clientSchema().getTypeMap()).length;
    expect(cutTypes).toBeLessThan(Object.keys(githubSchema().getTypeMap()).length / 10);
  });

  it.each(QUERIES)('validates every client query as the full schema does: %s', (query) => {
    const document = parse(query);
    expect(validate(githubSchema(), document)).toEqual([]);
    expect(validate(clientSchema(), document)).toEqual([]);
  });
});
