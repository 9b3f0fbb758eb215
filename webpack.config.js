/**
 * Builds the add-in: taskpane.html (task pane + custom functions in one shared runtime),
 * functions.js/json (+ ru/es metadata), the icons, the sample workbooks and the manifest.
 *
 *   npm run build                 production build into dist/ (sizes checked afterwards)
 *   npm run dev-server            development server on https://localhost:3000 (http without certificates)
 *
 * Environment:
 *   SEGMENTA_BASE_URL  where the production files will be served (default https://localhost:3000);
 *                      dist/manifest.xml points there.
 *   SEGMENTA_OUT_DIR   output folder (default dist/).
 *   SEGMENTA_HTTP=1    development server over plain http.
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const FunctionLocalesPlugin = require("./scripts/webpack/FunctionLocalesPlugin");
const { devServerHttps } = require("./scripts/webpack/devServerHttps");
const { DEV_BASE_URL, baseUrlFrom, rewriteManifest } = require("./scripts/webpack/productionManifest");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Chunks that may be split into shared pieces: never functions.js, which the manifest names as a whole file. */
const splittable = (chunk) => chunk.name !== "functions";

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? baseUrlFrom(process.env) : DEV_BASE_URL;
  const outputPath = path.resolve(__dirname, process.env.SEGMENTA_OUT_DIR || "dist");

  const config = {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_ENTRY,
    },
    output: {
      path: outputPath,
      // functions.js keeps its name (the manifest names it); the rest is hashed in production so that a
      // new deployment is never mixed with files cached from the previous one.
      filename: (pathData) => (production && pathData.chunk.name !== "functions" ? "[name].[contenthash:8].js" : "[name].js"),
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // tsconfig.json compiles to CommonJS for jest and node; the bundle needs ES modules so that
            // Fluent UI tree-shakes and `import()` stays a lazily loaded chunk (the workbook reader and writer).
            compilerOptions: { module: "esnext", sourceMap: !production },
            // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
            transpileOnly: true,
            onlyCompileBundledFiles: true,
          },
        },
        { test: /\.(png|svg|jpe?g|gif|xlsx)$/i, type: "asset/resource" },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new FunctionLocalesPlugin({
        metadata: "functions.json",
        languages: ["ru", "es"],
        script: path.resolve(__dirname, "scripts/buildFunctionLocales.ts"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One shared runtime: the task pane page also registers the custom functions.
        chunks: ["taskpane", "functions"],
        chunksSortMode: "manual",
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/logo*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifest(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        chunks: splittable,
        cacheGroups: {
          // React and Fluent UI change less often than Segmenta: a separate file caches better.
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: (chunk) => chunk.name === "taskpane", priority: 10 },
        },
      },
      minimizer: [new MinimizerPlugin()],
    },
    // scripts/checkBundleSize.js measures what matters (gzipped initial JavaScript of the task pane).
    performance: { hints: false },
    stats: production ? "errors-warnings" : "minimal",
  };

  if (serving) {
    const https = await devServerHttps();
    console.log(`Segmenta dev server: ${https.note}`);
    config.devServer = {
      port: PORT,
      server: https.server,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return config;
};
