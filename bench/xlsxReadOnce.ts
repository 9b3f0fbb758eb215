import { readFileSync } from "node:fs";
import { openWorkbookReader, snapshotFromReader } from "../src/xlsx/read";

/** Reads the .xlsx named on the command line once (for `xlsxRead.bench.ts`'s peak memory) and prints its grid's size. */
const snapshot = snapshotFromReader(openWorkbookReader(readFileSync(process.argv[2])));
process.stdout.write(
  `${snapshot?.active.values.length ?? 0} rows × ${snapshot?.active.values[0]?.length ?? 0} columns\n`,
);
