/**
 * How the development server serves: https with the Office development certificates when they can
 * be had, plain http otherwise (Linux and CI machines, where installing a trusted certificate
 * authority needs an administrator). Excel needs https; the standalone page works over http.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

/** Where `npx office-addin-dev-certs install` leaves its files. */
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

function readCertificates() {
  const files = Object.entries(CERT_FILES).map(([field, name]) => [field, path.join(CERT_DIR, name)]);
  if (!files.every(([, file]) => fs.existsSync(file))) return null;
  return Object.fromEntries(files.map(([field, file]) => [field, fs.readFileSync(file)]));
}

/**
 * The dev server's `server` option and one line saying what was chosen.
 * Windows and Mac: office-addin-dev-certs creates and trusts the certificates when needed (as
 * `office-addin-debugging start` expects). Elsewhere: certificates already installed are used, and
 * nothing is installed behind the user's back. SEGMENTA_HTTP=1 forces plain http.
 * @returns {Promise<{ server: object, protocol: "https" | "http", note: string }>}
 */
async function devServerHttps(env = process.env, platform = process.platform) {
  const http = (note) => ({ server: { type: "http" }, protocol: "http", note });
  if (env.SEGMENTA_HTTP === "1") return http("SEGMENTA_HTTP=1: serving over http");
  if (platform === "win32" || platform === "darwin") {
    try {
      const devCerts = require("office-addin-dev-certs");
      const options = await devCerts.getHttpsServerOptions();
      return { server: { type: "https", options }, protocol: "https", note: "serving over https with the Office development certificate" };
    } catch (err) {
      return http(`no development certificate (${err.message}); serving over http — Excel will not load the add-in until "npx office-addin-dev-certs install" succeeds`);
    }
  }
  const options = readCertificates();
  if (options) {
    return { server: { type: "https", options }, protocol: "https", note: `serving over https with the certificates in ${CERT_DIR}` };
  }
  return http(
    `no development certificate in ${CERT_DIR}; serving over http (enough for the standalone page). ` +
      `For Excel on the web run "npx office-addin-dev-certs install" once, trust ${path.join(CERT_DIR, CERT_FILES.ca)}, and restart`,
  );
}

module.exports = { devServerHttps, CERT_DIR };
