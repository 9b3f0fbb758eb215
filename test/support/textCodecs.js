// jsdom (the task-pane tests' environment) has no TextDecoder/TextEncoder, which every browser and
// Node have; the workbook reader and patcher the standalone page loads use them. Node's own are
// the same WHATWG classes.
const { TextDecoder, TextEncoder } = require("util");

if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
