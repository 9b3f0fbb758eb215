/**
 * The manifest for a given host: manifest.xml points at the development server; a deployment
 * replaces that origin with the address the files are served from (SEGMENTA_BASE_URL).
 */
"use strict";

/** The origin every URL in the checked-in manifest.xml starts with. */
const DEV_BASE_URL = "https://localhost:3000";

/**
 * The base URL of a deployment, without a trailing slash. Office loads add-ins only over https.
 * @example baseUrlFrom({ SEGMENTA_BASE_URL: "https://cdn.example.com/segmenta/" }) // "https://cdn.example.com/segmenta"
 * @example baseUrlFrom({}) // "https://localhost:3000"
 */
function baseUrlFrom(env) {
  const raw = (env.SEGMENTA_BASE_URL || DEV_BASE_URL).trim().replace(/\/+$/, "");
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SEGMENTA_BASE_URL "${raw}" is not a URL (expected e.g. https://addins.example.com/segmenta)`);
  }
  if (url.protocol !== "https:") throw new Error(`SEGMENTA_BASE_URL "${raw}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`SEGMENTA_BASE_URL "${raw}" must not have a query or a fragment`);
  return raw;
}

/**
 * manifest.xml with every development URL moved to `baseUrl`; the AppDomain gets the origin only.
 * @example rewriteManifest('<AppDomain>https://localhost:3000</AppDomain><X DefaultValue="https://localhost:3000/a.png"/>', "https://h.example/s")
 * // '<AppDomain>https://h.example</AppDomain><X DefaultValue="https://h.example/s/a.png"/>'
 */
function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(baseUrl);
}

module.exports = { DEV_BASE_URL, baseUrlFrom, rewriteManifest };
