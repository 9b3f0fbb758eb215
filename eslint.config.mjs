import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-artifacts/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine stays pure: no Office, React, DOM-only or Node imports.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*", "i18next", "react-i18next"], message: "src/core is pure: no UI." },
            { group: ["exceljs", "papaparse", "iconv-lite", "commander", "cli-progress"], message: "src/core is pure: no I/O libraries." },
            { group: ["fs", "path", "os", "node:*", "child_process"], message: "src/core is pure: no Node APIs." },
            // src/locales is plain data (the words of every language), so the core may read it.
            { group: ["**/excel/**", "**/cli/**", "**/taskpane/**", "**/functions/**"], message: "Nothing in src/core imports the layers above it." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "window", "document"],
    },
  },
  {
    // ExcelJS is the tests' reference writer and reader only (a development dependency): nothing the
    // product ships imports it, not even its types (src/xlsx declares its own in cellModel.ts).
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "ExcelJS is a development dependency: use the shapes of src/xlsx/cellModel.ts." }] },
      ],
    },
  },
  {
    // The CSV reader is shared by the command line and the standalone page's worker: no Node, no DOM.
    files: ["src/csv/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "path", "os", "node:*", "child_process", "iconv-lite"], message: "src/csv runs in the browser too: no Node APIs." },
            { group: ["**/cli/**", "**/taskpane/**", "**/excel/**", "**/functions/**"], message: "src/csv is shared: it imports no front end." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Buffer", "process", "require", "window", "document"],
    },
  },
  {
    // The words of every language are plain data: the core reads them, so they import no code, only types.
    files: ["src/locales/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*", "i18next", "react-i18next"], message: "src/locales is plain data: no UI." },
            { group: ["exceljs", "fs", "path", "os", "node:*", "child_process"], message: "src/locales is plain data: no I/O." },
            { regex: "^(\\.\\./)+(core|cli|excel|xlsx|taskpane|functions)(/|$)", allowTypeImports: true, message: "src/locales imports only the types its words fill." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "window", "document"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/functions/**"], message: "The task pane and the functions do not import each other." }] }],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/taskpane/**", "**/excel/**"], message: "Functions are thin wrappers over src/core." }] }],
    },
  },
);
