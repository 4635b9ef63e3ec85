/**
 * Shared by the newcomer-* tests: the fixed clock the CLI runs on, and the loopback servers a newcomer's
 * Prometheus URL may reach — one answering like a Prometheus holding three Istio services, one speaking plain
 * HTTP where https:// was typed. Each test file closes them with `closeServers` in its own afterAll.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from './cli.js';

export const NOW = Date.parse('2026-11-25T12:00:00Z');
export const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

/** Every server started by this test file; `closeServers` closes them. */
const servers: Server[] = [];

export async function closeServers(): Promise<void> {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers.length = 0;
}

/** A loopback server answering every instant query like a Prometheus holding three Istio services. */
export async function fakePrometheus(): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    const vector = (values: string[]) =>
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'vector',
          result: values.map((v, i) => ({
            metric: { destination_service_namespace: 'shop', destination_service_name: `svc${i}` },
            value: [NOW / 1000, v],
          })),
        },
      });
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      // The scrape interval query counts samples per series in 10 minutes: 40 is one every 15 s.
      response.end(
        /count_over_time/.test(decodeURIComponent(body)) ? vector(['40']) : vector(['1', '1', '1']),
      );
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A plain-HTTP server: what a user reaches with https:// in front of a port that speaks no TLS. */
export async function plainHttp(): Promise<number> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(400).end('Client sent an HTTP request to an HTTPS server?');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
