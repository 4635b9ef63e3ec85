/**
 * Whether a cluster is configured, in the one order every command uses (connection.ts loads it the same way):
 * --kubeconfig (or the config file's kube.kubeconfig), KUBECONFIG, ~/.kube/config, the in-cluster service
 * account. Light on purpose: it decides whether to load the Kubernetes client at all.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** `~` and `~/…` as a shell would expand them: config files and Action inputs never pass through one. */
export function expandHome(path: string, home: string = process.env.HOME || homedir()): string {
  if (path === '~') return home;
  return path.startsWith('~/') && home ? join(home, path.slice(2)) : path;
}

export function clusterConfigured(
  kubeconfig: string | null | undefined,
  env: NodeJS.ProcessEnv = process.env,
  home: string = env.HOME || homedir(),
): boolean {
  if (kubeconfig?.trim()) return true;
  if (env.KUBECONFIG) return true;
  if (home && existsSync(join(home, '.kube', 'config'))) return true;
  return Boolean(
    env.KUBERNETES_SERVICE_HOST &&
    env.KUBERNETES_SERVICE_PORT &&
    existsSync(join(SERVICE_ACCOUNT_DIR, 'token')),
  );
}
