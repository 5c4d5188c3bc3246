/**
 * The command line's Prometheus server (SPEC §12): `--prometheus-url` or PROMETHEUS_URL, with PROMETHEUS_HEADERS
 * (one `Name: value` per line: a header's credential belongs in the environment, not in the shell's history).
 */
import { prometheusServer, type ServerSetting } from '../prometheus/server.js';

export function cliPrometheusServer(flag: string | undefined, env: NodeJS.ProcessEnv): ServerSetting {
  const fromFlag = flag !== undefined;
  return prometheusServer(fromFlag ? flag : (env.PROMETHEUS_URL ?? ''), env.PROMETHEUS_HEADERS ?? '', {
    url: fromFlag ? '--prometheus-url' : 'PROMETHEUS_URL',
    headers: 'PROMETHEUS_HEADERS',
  });
}
