#!/usr/bin/env node
// The CLI runs the committed bundle, so `npx smanalyzer` works on a fresh clone without a build.
process.env.SMANALYZER_ENTRY = 'cli';
await import('../dist/index.js');
