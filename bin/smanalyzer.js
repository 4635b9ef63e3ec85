#!/usr/bin/env node
// The CLI runs the committed bundle, so `npx smanalyzer` works on a fresh clone without a build.

// Checked before anything loads: on an older Node the Kubernetes client's HTTP stack (undici 8) fails with a
// stack trace deep inside a request. Keep in step with "engines" in package.json (a test compares them).
const MINIMUM_NODE = '22.19.0';
const [major, minor] = process.versions.node.split('.').map(Number);
const [needMajor, needMinor] = MINIMUM_NODE.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  process.stderr.write(
    `Error: smanalyzer needs Node ${MINIMUM_NODE} or newer, and this is Node ${process.versions.node}\n` +
      `Fix: install Node 22.19+ or 24 (https://nodejs.org/en/download, or "nvm install 24") and run it again\n`,
  );
  process.exit(2);
}

process.env.SMANALYZER_ENTRY = 'cli';
await import('../dist/index.js');
