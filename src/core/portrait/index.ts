export * from "./types";
export { targetKey } from "./targetKey";
export { PORTRAIT_WORDS, stageOfText, type PortraitWords } from "./words";
export { portraitFacts, type PortraitFactsOptions } from "./portraitFacts";
export { readTargets } from "./readTargets";
export { suggestTargets } from "./suggestTargets";
export { mergeTargets } from "./mergeTargets";
export { portraitGaps } from "./portraitGaps";
