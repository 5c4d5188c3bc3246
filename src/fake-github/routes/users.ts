/** `GET /user`: who a token is, as GitHub answers it for each kind of token (see ../tokens.ts). */
import { privateUser } from '../objects/users.js';
import { isInstallationToken } from '../tokens.js';
import { DOCS, json, type Route, type RouteContext } from './route.js';

const USER_DOCS = `${DOCS}/users/users#get-the-authenticated-user`;

/**
 * An installation token (the GITHUB_TOKEN, a GitHub App's) is refused 403 "Resource not accessible by
 * integration": it is not a user. Only GraphQL `viewer` tells such a token its own login.
 */
function getUser(context: RouteContext) {
  const identity = context.identity;
  if (!identity) {
    return { status: 401, body: { message: 'Requires authentication', documentation_url: USER_DOCS, status: '401' } };
  }
  if (isInstallationToken(identity)) {
    return {
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: USER_DOCS, status: '403' },
    };
  }
  return json(200, privateUser(context.site, identity.login));
}

export const userRoutes: Route[] = [{ method: 'GET', pattern: /^\/user$/, docs: USER_DOCS, handle: getUser }];
