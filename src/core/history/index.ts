export { classHistory, DEFAULT_HISTORY_DEPTH } from "./classHistory";
export type * from "./types";
export { ABC_OR_NONE, XYZ_OR_NONE, NO_CLASS, HISTORY_STATUSES } from "./types";
export { historyLists, type HistoryLists } from "./historyLists";
export { historySheetPlan, HISTORY_SHEET_MARKER, type HistorySheetInput, type HistoryWords } from "./historySheetPlan";
