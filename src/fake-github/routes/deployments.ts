import { deploymentObject, deploymentSha, deploymentStatusObject } from '../objects/deployments.js';
import { pageRequest, paginate } from '../paginate.js';
import { DOCS, json, newestFirst, notFound, type Route, type RouteContext } from './route.js';

const LIST_DOCS = `${DOCS}/deployments/deployments#list-deployments`;
const STATUSES_DOCS = `${DOCS}/deployments/statuses#list-deployment-statuses`;

function listDeployments(context: RouteContext) {
  const repository = context.repository;
  if (!repository) return notFound(LIST_DOCS);
  const { query } = context;
  const environment = query.get('environment');
  const ref = query.get('ref');
  const sha = query.get('sha');
  const task = query.get('task');
  const deployments = repository.history.deployments
    .filter(
      (d) =>
        (environment === null || d.environment === environment) &&
        (ref === null || d.ref === ref) &&
        (sha === null || deploymentSha(d) === sha) &&
        (task === null || task === 'deploy'),
    )
    .sort(newestFirst((d) => d.id));
  const page = paginate(deployments, pageRequest(query), context.pageUrl);
  return json(
    200,
    page.items.map((d) => deploymentObject(context.site, repository.history, d)),
    page,
  );
}

function listDeploymentStatuses(context: RouteContext) {
  const repository = context.repository;
  const id = Number(context.params.id);
  const deployment = repository?.history.deployments.find((d) => d.id === id);
  if (!repository || !deployment) return notFound(STATUSES_DOCS);
  // The history keeps them in creation order; GitHub lists them newest first.
  const statuses = [...deployment.statuses].sort(newestFirst((s) => s.id));
  const page = paginate(statuses, pageRequest(context.query), context.pageUrl);
  const body = page.items.map((s) => deploymentStatusObject(context.site, repository.history, deployment, s));
  return json(200, body, page);
}

export const deploymentRoutes: Route[] = [
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/deployments$/, docs: LIST_DOCS, handle: listDeployments },
  {
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/deployments\/(?<id>\d+)\/statuses$/,
    docs: STATUSES_DOCS,
    handle: listDeploymentStatuses,
  },
];
