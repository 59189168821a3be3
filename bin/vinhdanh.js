#!/usr/bin/env node
// Entry point of the `vinhdanh` command; the CLI itself is TypeScript run by Node 24.
import '../src/cli/main.ts';
