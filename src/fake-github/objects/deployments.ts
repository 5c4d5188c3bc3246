import type { FakeDeployment, FakeDeploymentStatus, FakeRepository } from '../history.js';
import { fakeSha, nodeId, type Site } from './site.js';
import { simpleUser } from './users.js';

/** The commit a deployment deployed: its own, or a sha of no commit of the history (a history without git). */
export function deploymentSha(deployment: FakeDeployment): string {
  return deployment.sha ?? fakeSha(`deployment:${deployment.id}`);
}

function deploymentUrl(site: Site, repo: FakeRepository, deployment: FakeDeployment): string {
  return `${site.api}/repos/${repo.fullName}/deployments/${deployment.id}`;
}

export function deploymentObject(site: Site, repo: FakeRepository, deployment: FakeDeployment) {
  const url = deploymentUrl(site, repo, deployment);
  const latest = deployment.statuses.at(-1);
  return {
    url,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deploymentSha(deployment),
    ref: deployment.ref,
    task: 'deploy',
    payload: {},
    original_environment: deployment.environment,
    environment: deployment.environment,
    description: null,
    creator: simpleUser(site, 'github-actions[bot]'),
    created_at: deployment.created_at,
    updated_at: latest?.created_at ?? deployment.created_at,
    statuses_url: `${url}/statuses`,
    repository_url: `${site.api}/repos/${repo.fullName}`,
    transient_environment: false,
    production_environment: deployment.environment === 'production',
  };
}

export function deploymentStatusObject(
  site: Site,
  repo: FakeRepository,
  deployment: FakeDeployment,
  status: FakeDeploymentStatus,
) {
  const deployment_url = deploymentUrl(site, repo, deployment);
  return {
    url: `${deployment_url}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: simpleUser(site, 'github-actions[bot]'),
    description: '',
    environment: deployment.environment,
    target_url: `${site.web}/${repo.fullName}/actions`,
    created_at: status.created_at,
    updated_at: status.created_at,
    deployment_url,
    repository_url: `${site.api}/repos/${repo.fullName}`,
    environment_url: `${site.web}/${repo.fullName}/deployments/${encodeURIComponent(deployment.environment)}`,
    log_url: `${site.web}/${repo.fullName}/actions`,
  };
}
