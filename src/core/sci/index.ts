/** The client reliability index (SCI) and its bands (METHODOLOGY §11). */
export { SCI_BANDS, SCI_LIMITS, type SciBand } from "./types";
export { sciBand } from "./sciBand";
export { sciCell, sciFractions, type SciCell, type SciCellProblem } from "./sciValues";
export { readSci, sciSourceOf, sciSourceOfList, type SciRead, type SciSource } from "./readSci";
export { withSci } from "./withSci";
export { atRiskA } from "./atRiskA";
export { sciTeamGroup } from "./sciTeamGroup";
export { sciBandCounts, sciByManager, type SciBandCount, type SciManagerRow } from "./sciByManager";
export { sciWords, type SciWords } from "./sciWords";
