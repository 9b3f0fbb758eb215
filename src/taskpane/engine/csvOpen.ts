/**
 * A CSV file opened in the engine's worker, read as the command line reads it (`readCsvFile` of
 * `src/csv`): the same encoding detection, the same table split, the same refusals. The browser
 * decodes with its own `TextDecoder`; the single-byte detector (jschardet, large) is loaded only for
 * a file whose bytes are not Unicode, so a UTF-8 CSV never fetches it.
 */
import type { Language, WorkbookSnapshot } from "../../core";
import type { TextCodecs } from "../../csv/decodeText";
import { readCsvFile } from "../../csv/csvFile";
import type { CsvProblem } from "../../csv/parseCsv";

/** The single-byte detector's one function the reading needs. */
export type Detector = Pick<typeof import("jschardet"), "detectAll">;

/** Loads the detector (a chunk of its own in the page's build). */
export const loadDetector = (): Promise<Detector> => import("jschardet");

/** Why a CSV file was not opened: a problem of its text (naming the line), or no detector to read it with. */
export type CsvOpenProblem = CsvProblem | { readonly code: "detectorMissing" };

/** A CSV file that cannot be opened; the session words it in the user's language. */
export class CsvOpenError extends Error {
  constructor(readonly problem: CsvOpenProblem) {
    super(problem.code);
    this.name = "CsvOpenError";
  }
}

/** Thrown when a file turns out to need the detector before it has loaded. */
class DetectorNeeded extends Error {}

/** The browser's decoders over `detector` (none is needed for Unicode text or an encoding chosen). */
function browserCodecs(detector: Detector | null): TextCodecs {
  return {
    detectAll: (sample, encodings) => {
      if (detector === null) throw new DetectorNeeded();
      return detector.detectAll(sample, { detectEncodings: [...encodings], minimumThreshold: 0 });
    },
    decode: (bytes, encoding) => new TextDecoder(encoding).decode(bytes),
  };
}

/** How a CSV is read: the user's language (between two encodings as likely), and an encoding chosen. */
export interface CsvReading {
  readonly lang: Language;
  readonly encoding?: string | undefined;
}

function snapshotOf(bytes: Uint8Array, name: string, reading: CsvReading, detector: Detector | null): WorkbookSnapshot {
  const read = readCsvFile(bytes, name, browserCodecs(detector), { language: reading.lang, ...(reading.encoding ? { forced: reading.encoding } : {}) });
  if (!read.ok) throw new CsvOpenError(read.problem);
  return read.snapshot;
}

/**
 * The CSV file `name` as a one-sheet snapshot, at once for Unicode text or an encoding chosen, after
 * the detector has loaded otherwise; a refusal is a `CsvOpenError`.
 */
export function openCsv(
  bytes: Uint8Array,
  name: string,
  reading: CsvReading,
  detector: () => Promise<Detector> = loadDetector,
): WorkbookSnapshot | Promise<WorkbookSnapshot> {
  try {
    // Unicode text (most files) and an encoding chosen are read at once, the detector never loaded.
    return snapshotOf(bytes, name, reading, null);
  } catch (error) {
    if (!(error instanceof DetectorNeeded)) throw error;
  }
  return detector().then(
    (loaded) => snapshotOf(bytes, name, reading, loaded),
    () => {
      throw new CsvOpenError({ code: "detectorMissing" });
    },
  );
}
