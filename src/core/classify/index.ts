export { round9 } from "./round9";
export { abcClassForShareBefore, abcClassOf } from "./abcClass";
export { rankAbc, type AbcRanking } from "./rankAbc";
export { variationFromFirstPositive, variationOf, xyzClassOf, type NoVariation } from "./variation";
export { statusOf } from "./statusOf";
