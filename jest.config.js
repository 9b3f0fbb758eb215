/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // office-addin-mock imports office-addin-manifest, which pulls an ESM-only dependency Jest cannot load.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
  testTimeout: 60000,
  setupFiles: ["<rootDir>/test/support/textCodecs.js"],
};
