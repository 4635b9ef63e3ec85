/**
 * The Kubernetes API emulator's TLS material: one CA and a server certificate for 127.0.0.1/localhost, made with
 * openssl once per test process.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Certificates {
  caPem: string;
  keyPem: string;
  certPem: string;
}

let certificates: Certificates | undefined;

/** One CA + a server certificate for 127.0.0.1/localhost per test process (openssl takes a moment). */
export function testCertificates(): Certificates {
  if (certificates) return certificates;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-api-ca-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=kube-api-emulator-ca',
  );
  run(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=kube-apiserver',
  );
  fs.writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  run(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.crt',
    '-days',
    '2',
    '-extfile',
    'san.ext',
  );
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  certificates = { caPem: read('ca.crt'), keyPem: read('server.key'), certPem: read('server.crt') };
  fs.rmSync(dir, { recursive: true, force: true });
  return certificates;
}
