/** Complaints and satisfaction: the client's voice beside its classes (METHODOLOGY §13). */
export type * from "./types";
export { SATISFACTIONS, ABC_KEYS } from "./types";
export { scoreCell, scoreBand, SCORE_MIN, SCORE_MAX } from "./scoreCell";
export { readVoice, type VoiceSources, type VoiceRead, type VoiceSheet } from "./readVoice";
export { voiceSheetName, type VoiceTable } from "./voiceHeaders";
export { voiceFigures, type VoiceContext } from "./voiceFigures";
export { voiceWords, describeVoiceIssue, type VoiceWords } from "./voiceWords";
export { voiceSourcesOf, voiceSheetsToRead, type VoicePicks } from "./voiceSources";
export { voiceColumns, voiceTeamGroup, bandRule } from "./voiceColumns";
export { voiceSheetPlan, type VoiceSheetOptions } from "./voiceSheetPlan";
export { VOICE_SHEET_MARKER, VOICE_START_MARKERS } from "./voiceHeaders";
export { voiceStartPlan } from "./voiceStartPlan";
export { analyseVoice, type VoiceAnalysis } from "./analyseVoice";
