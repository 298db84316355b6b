#!/usr/bin/env node
// Thin entry: `node src/cli/index.ts check [--json]`. All logic is in main.ts and commands/.
import { main } from './main.ts';

process.exitCode = main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
