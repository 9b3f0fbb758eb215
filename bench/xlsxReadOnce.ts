import { readFileSync } from "node:fs";
import { PackageError } from "../src/xlsx/package";
import { openWorkbookReader, snapshotFromReader } from "../src/xlsx/read";

/**
 * Reads the .xlsx named on the command line once (for `xlsxRead.bench.ts`'s peak memory) and prints its
 * grid's size, or the refusal of a file the reader refuses (a bomb).
 */
try {
  const snapshot = snapshotFromReader(openWorkbookReader(readFileSync(process.argv[2])));
  process.stdout.write(
    `${snapshot?.active.values.length ?? 0} rows × ${snapshot?.active.values[0]?.length ?? 0} columns\n`,
  );
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  process.stdout.write(`refused: ${error.problem} ${error.part ?? ""}\n`);
}
