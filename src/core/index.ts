/** The engine's only door: everything outside src/core imports from here. */
export * from "./cells";
export * from "./snapshot";
export * from "./settings";
export * from "./dataset";
export * from "./results";
export * from "./classify";
export * from "./plan";
export * from "./portrait";
export * from "./periods";
export * from "./locale";
export * from "./read";
export * from "./pipeline";
export * from "./sci";
export * from "./funnel";
export * from "./team";
export * from "./history";
export * from "./voice";
