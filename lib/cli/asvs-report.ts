#!/usr/bin/env node
// The `asvs-report` command; everything it does is in run-asvs-report.ts, where tests reach it.
import { runAsvsReport } from './run-asvs-report.ts';

process.exitCode = await runAsvsReport(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
