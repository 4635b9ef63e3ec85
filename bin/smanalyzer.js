#!/usr/bin/env node
// The committed bundle, so `npx smanalyzer` works on a fresh clone without a build.
import '../dist/cli/index.js';
