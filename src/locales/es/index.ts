export { core } from "./core";
export { portrait } from "./portrait";
export { pane } from "./pane";
export { classifyHeader, functionCounts, functions, functionMessages } from "./functions";
export { sci } from "./sci";
export { funnel } from "./funnel";
export { workbookFile } from "./workbookFile";
export { team } from "./team";
export { voice } from "./voice";
