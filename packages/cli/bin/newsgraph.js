#!/usr/bin/env node
// Runs the TypeScript sources directly (the workspace exports src), so no build step is needed.
require('tsx/cjs');
require('../src/bin.ts');
