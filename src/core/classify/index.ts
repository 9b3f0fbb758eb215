export { round9 } from "./round9";
export { abcClassForShareBefore, abcClassOf } from "./abcClass";
export { rankAbc, type AbcRanking } from "./rankAbc";
export { variationFromFirstPositive, variationOf, xyzClassOf, type NoVariation } from "./variation";
export { statusOf } from "./statusOf";
export { classify } from "./classify";
export { classifyMatrix, type MatrixOptions } from "./classifyMatrix";
export { resolveAxis, effectiveGranularity, type ResolvedAxis } from "./resolveAxis";
export { summarise, MOSTLY_Z, type Summary } from "./summarise";
