import type { CellValue } from "../core";
import type { CsvProblem } from "./parseCsv";

/**
 * The first data line with a value right of the header's last column, among lines that fill at
 * least two of the header's columns (a one-cell note far out is no data line). The header is the
 * first line with two values or more.
 */
export function extraField(values: readonly (readonly CellValue[])[], lines: readonly number[]): CsvProblem | null {
  let width = 0;
  let r = 0;
  for (; r < values.length && width === 0; r++) {
    const row = values[r];
    let filled = 0;
    let lastFilled = -1;
    for (let c = 0; c < row.length; c++)
      if (row[c] !== null) {
        filled++;
        lastFilled = c;
      }
    if (filled >= 2) width = lastFilled + 1;
  }
  if (width === 0) return null;
  for (; r < values.length; r++) {
    const row = values[r];
    if (row.length <= width) continue;
    let beyond = -1;
    for (let c = width; c < row.length && beyond < 0; c++) if (row[c] !== null) beyond = c;
    if (beyond < 0) continue;
    let within = 0;
    for (let c = 0; c < width && within < 2; c++) if (row[c] !== null) within++;
    if (within >= 2) return { code: "extraField", line: lines[r] ?? r + 1, field: beyond + 1, fields: width, content: String(row[beyond]) };
  }
  return null;
}
