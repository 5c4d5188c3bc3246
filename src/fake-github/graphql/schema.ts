/**
 * GitHub's public GraphQL schema (the npm package `@octokit/graphql-schema`, refreshed from GitHub's own), built
 * once per process on first use: about 0.3 s, so a stand-in that never sees a GraphQL request never pays for it.
 * The SDL is inlined as text (the package reads its file relative to itself, which a bundle cannot).
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import sdl from '../../../node_modules/@octokit/graphql-schema/schema.graphql?raw';

let built: GraphQLSchema | undefined;

export function githubSchema(): GraphQLSchema {
  // GitHub's published SDL defines two EnterpriseOwnerInfo fields twice, which strict SDL validation refuses;
  // the schema itself is what GitHub serves, so it is taken as valid. Its syntax tree keeps no source locations
  // (only an error in the SDL would name one): half the time to build, and less garbage.
  built ??= buildSchema(sdl, { assumeValidSDL: true, noLocation: true });
  return built;
}
