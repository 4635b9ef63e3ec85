/**
 * A loopback stand-in for an AWS SigV4-authenticated Prometheus (Amazon Managed Service for Prometheus): every
 * request's signature is recomputed with an independent implementation (the `aws4` package, not the AWS SDK the
 * tool signs with) from what arrived on the wire; a request that does not verify gets AMP's 403, one that does is
 * passed on to a real Prometheus (or answered by `answer`). What was checked is recorded for the tests.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import aws4 from 'aws4';

export interface AwsTestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface CheckedRequest {
  method: string;
  path: string;
  verified: boolean;
  reason?: string;
  signedHeaders: string[];
  /** Every header as received, for the tests that look for a leaked credential. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

/** Recomputes the request's signature with aws4 from the headers it signed, as received. */
export function verifySigV4(
  request: { method: string; url: string; headers: Record<string, string | string[] | undefined> },
  body: string,
  credentials: AwsTestCredentials,
  expected: { region: string; service: string },
): { verified: boolean; reason?: string; signedHeaders: string[] } {
  const authorization = String(request.headers.authorization ?? '');
  const match = AUTHORIZATION.exec(authorization);
  if (!match) return { verified: false, reason: 'no SigV4 Authorization header', signedHeaders: [] };
  const [, accessKeyId, , region, service, signedList] = match;
  const signedHeaders = signedList.split(';');
  if (accessKeyId !== credentials.accessKeyId)
    return { verified: false, reason: 'unknown access key', signedHeaders };
  if (region !== expected.region || service !== expected.service)
    return { verified: false, reason: `scope ${region}/${service}`, signedHeaders };
  for (const required of ['host', 'x-amz-date'])
    if (!signedHeaders.includes(required))
      return { verified: false, reason: `${required} not signed`, signedHeaders };
  if (credentials.sessionToken && request.headers['x-amz-security-token'] !== credentials.sessionToken)
    return { verified: false, reason: 'session token missing', signedHeaders };
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) headers[name] = String(request.headers[name] ?? '');
  // aws4 adds Content-Length to what it signs when a body has none; the request signed what it signed.
  const ignore: Record<string, boolean> = signedHeaders.includes('content-length')
    ? {}
    : { 'content-length': true };
  const opts = {
    host: headers.host,
    path: request.url,
    method: request.method,
    service,
    region,
    headers,
    body: body === '' ? undefined : body,
    extraHeadersToIgnore: ignore,
  };
  aws4.sign(opts, credentials);
  const recomputed = (opts.headers as Record<string, string>).Authorization;
  return recomputed === authorization
    ? { verified: true, signedHeaders }
    : { verified: false, reason: 'signature does not match', signedHeaders };
}

export interface SigV4Proxy {
  url: string;
  checked: CheckedRequest[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts the stand-in. `target`: the real Prometheus verified requests go on to; `answer`: or a fixed answer.
 */
export async function startSigV4Proxy(options: {
  credentials: AwsTestCredentials;
  region: string;
  service?: string;
  target?: string;
  answer?: (request: CheckedRequest) => { status: number; body: string };
}): Promise<SigV4Proxy> {
  const checked: CheckedRequest[] = [];
  const service = options.service ?? 'aps';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const result = verifySigV4(
        { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers },
        body,
        options.credentials,
        { region: options.region, service },
      );
      const entry: CheckedRequest = {
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        ...result,
        headers: { ...request.headers },
        body,
      };
      checked.push(entry);
      if (!result.verified) {
        response.writeHead(403, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ message: 'The request signature we calculated does not match' }));
        return;
      }
      if (options.answer) {
        const { status, body: answer } = options.answer(entry);
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(answer);
        return;
      }
      const upstream = await fetch(new URL(request.url ?? '/', options.target), {
        method: request.method,
        headers: {
          ...(request.headers['content-type']
            ? { 'Content-Type': String(request.headers['content-type']) }
            : {}),
          'Accept-Encoding': 'identity',
        },
        body: body === '' ? undefined : body,
      });
      response.writeHead(upstream.status, {
        'Content-Type': upstream.headers.get('content-type') ?? 'application/json',
      });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    checked,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
