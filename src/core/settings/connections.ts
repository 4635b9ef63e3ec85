/**
 * The settings of the connections: Prometheus (URL, headers, credentials from the environment, time budgets,
 * TLS, SigV4), the cluster, and the sidecars' scrape (declared as core/settings/declare.ts describes).
 */
import { z } from 'zod';
import { setting } from './declare.js';

const MIB = 1024 * 1024;

export const connectionSettings = {
  prometheus: z.object({
    url: setting(z.string().nullable(), {
      key: 'prometheus.url',
      unit: 'url',
      default: null,
      flag: {
        flags: '--prometheus-url <url>',
        help: 'Prometheus (or Thanos, Mimir, VictoriaMetrics) base URL',
        env: 'PROMETHEUS_URL',
      },
      input: { name: 'prometheus-url' },
      description: 'The base URL of Prometheus or a compatible server (Thanos, Mimir, VictoriaMetrics).',
    }),
    headers: setting(z.record(z.string(), z.string()), {
      key: 'prometheus.headers',
      unit: 'headers',
      default: {},
      flag: {
        flags: '--prometheus-header <header>',
        help: "extra HTTP header 'Name: value' (repeatable)",
      },
      input: { name: 'prometheus-headers' },
      description: 'Extra HTTP headers on every request (a tenant, a credential from a secret).',
    }),
    bearerToken: setting(z.string().nullable(), {
      unit: 'secret',
      default: null,
      env: ['PROMETHEUS_TOKEN'],
      description: 'A bearer token for Prometheus (Google, Azure).',
    }),
    basicAuth: setting(z.object({ username: z.string(), password: z.string() }).nullable(), {
      unit: 'secret',
      default: null,
      env: ['PROMETHEUS_USERNAME', 'PROMETHEUS_PASSWORD'],
      description: 'A user and password for Prometheus (Grafana Cloud).',
    }),
    timeoutMs: setting(z.number(), {
      key: 'prometheus.timeout',
      unit: 'duration',
      // As long as Prometheus's own --query.timeout default: a shorter wait abandons work the server still does.
      default: 120_000,
      bounds: { min: '100ms', max: '10m' },
      flag: {
        flags: '--timeout <duration>',
        help: "Prometheus: time allowed per request (default 2m, as the server's --query.timeout)",
      },
      input: { name: 'prometheus-timeout' },
      description: 'The time allowed per Prometheus request.',
    }),
    deadlineMs: setting(z.number().optional(), {
      key: 'prometheus.deadline',
      unit: 'duration',
      default: undefined,
      bounds: { min: '1s', max: '24h' },
      flag: {
        flags: '--deadline <duration>',
        help: 'Prometheus: time allowed for the whole collection (default: sized from the work)',
      },
      input: { name: 'prometheus-deadline' },
      description: 'The time allowed for one whole collection; unset: sized from the work.',
    }),
    maxResponseBytes: setting(z.number().optional(), {
      key: 'prometheus.maxResponseSize',
      unit: 'mebibytes',
      default: undefined,
      bounds: { min: 1, max: 4096 },
      description: 'The largest answer read from the server, in MiB; unset: 64.',
    }),
    concurrency: setting(z.number(), {
      key: 'prometheus.concurrency',
      unit: 'count',
      default: 8,
      bounds: { min: 1, max: 256 },
      description: 'Queries in flight at once.',
    }),
    caFile: setting(z.string().nullable(), {
      key: 'prometheus.caFile',
      unit: 'text',
      default: null,
      flag: { flags: '--prometheus-ca <file>', help: 'CA bundle for a Prometheus behind TLS' },
      description: 'A CA bundle (PEM) for a Prometheus behind TLS.',
    }),
    insecureSkipVerify: setting(z.boolean(), {
      key: 'prometheus.insecureSkipVerify',
      unit: 'boolean',
      default: false,
      flag: { flags: '--insecure-skip-tls-verify', help: 'do not verify the Prometheus TLS certificate' },
      description: "Do not verify the Prometheus server's TLS certificate.",
    }),
    /**
     * Sign every request with AWS Signature Version 4 (Amazon Managed Service for Prometheus), with credentials
     * from the AWS SDK's default chain; null: no signing.
     */
    sigv4: setting(z.object({ region: z.string(), service: z.string() }).nullable().optional(), {
      key: 'prometheus.sigv4',
      unit: 'sigv4',
      default: null,
      flag: {
        flags: '--prometheus-sigv4-region <region>',
        help: 'sign Prometheus requests with AWS SigV4 for this region (Amazon Managed Service for Prometheus); credentials from the AWS default chain',
        with: { flags: '--prometheus-sigv4-service <name>', help: 'the SigV4 signing name (default aps)' },
      },
      input: { name: 'prometheus-sigv4-region' },
      description:
        'Sign every request with AWS SigV4: { region, service } (service default aps), credentials from the AWS default chain.',
    }),
  }),
  kube: z.object({
    kubeconfig: setting(z.string().nullable(), {
      key: 'kube.kubeconfig',
      unit: 'text',
      default: null,
      flag: {
        flags: '--kubeconfig <path>',
        help: 'kubeconfig file (default: KUBECONFIG, ~/.kube/config, in-cluster)',
      },
      input: { name: 'kubeconfig' },
      description:
        'A kubeconfig path, inline YAML or base64; unset: KUBECONFIG, ~/.kube/config, then in-cluster.',
    }),
    context: setting(z.string().nullable(), {
      key: 'kube.context',
      unit: 'text',
      default: null,
      flag: { flags: '--context <name>', help: 'kubeconfig context' },
      input: { name: 'context' },
      description: "The kubeconfig context; unset: the kubeconfig's current one.",
    }),
    requestTimeoutMs: setting(z.number().nullable(), {
      unit: 'duration',
      default: null,
      bounds: { min: '100ms' },
      env: ['SMANALYZER_KUBE_TIMEOUT'],
      description:
        "Each Kubernetes API request's timeout (a call's deadline is three times it); unset: defaults.",
    }),
  }),
  sidecars: z.object({
    intervalMs: setting(z.number(), {
      key: 'sidecars.interval',
      unit: 'duration',
      default: 15_000,
      bounds: { min: '1s', max: '1h' },
      flag: { flags: '--interval <duration>', help: 'sidecar scrape interval (default 15s)' },
      input: { name: 'interval' },
      description: 'The sidecar scrape interval.',
    }),
    concurrency: setting(z.number(), {
      key: 'sidecars.concurrency',
      unit: 'count',
      default: 16,
      bounds: { min: 1, max: 256 },
      description: 'Sidecars scraped at once.',
    }),
    maxScrapeBytes: setting(z.number(), {
      key: 'sidecars.maxScrapeSize',
      unit: 'size',
      default: 64 * MIB,
      description: 'The largest scrape body accepted from one sidecar.',
    }),
  }),
};
