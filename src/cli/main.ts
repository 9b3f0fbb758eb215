#!/usr/bin/env node
import { format } from "../core";
import { cliWords } from "./cliWords";
import { parseArgs } from "./parseArgs";
import { runCli } from "./runCli";
import { removeTemporaryFiles } from "./writeOutput";

const argv = process.argv.slice(2);

// A reader that stops early (`segmenta sales.csv --json | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// Ctrl-C or a stop signal: the half-written output is removed, nothing is left beside the file.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    const parsed = parseArgs(argv, { LANG: process.env.LANG });
    process.stderr.write(`${format(cliWords(parsed.ok ? parsed.options.language : "en").problems.interrupted, {})}\n`);
    process.exit(130);
  });
}

// Relative paths start where the user stands: `npm run` moves to the package root, INIT_CWD remembers.
void runCli(argv, { cwd: process.env.INIT_CWD ?? process.cwd(), env: process.env, progress: process.stderr.isTTY === true }).then((outcome) => {
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
});
