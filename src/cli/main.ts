#!/usr/bin/env node
import { runCli } from "./runCli";

// A reader that stops early (`segmenta sales.csv --json | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// Relative paths start where the user stands: `npm run` moves to the package root, INIT_CWD remembers.
void runCli(process.argv.slice(2), { cwd: process.env.INIT_CWD ?? process.cwd(), env: process.env, progress: process.stderr.isTTY === true }).then(
  (outcome) => {
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    process.exitCode = outcome.exitCode;
  },
);
