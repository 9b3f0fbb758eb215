import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "..", "..");

/** Where this workplace keeps Microsoft's manifest schemas (absent in a clone elsewhere). */
export const SCHEMA_DIR = process.env.SEGMENTA_MANIFEST_SCHEMA_DIR ?? path.resolve(ROOT, "..", "shared", "manifest-schema");
export const SCHEMA_FILE = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");

export function readManifest(file = path.join(ROOT, "manifest.xml")): string {
  return fs.readFileSync(file, "utf8");
}

/** Every absolute URL the manifest gives Office: `DefaultValue`/`Value` attributes and `AppDomain` texts. */
export function manifestUrls(xml: string): string[] {
  const attributes = [...xml.matchAll(/\b(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/gi)].map((m) => m[1]);
  const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim());
  return [...attributes, ...domains];
}

/** The URLs of files (not the AppDomain origins): what a web server must answer for the add-in to load. */
export function manifestFileUrls(xml: string): string[] {
  const domains = new Set([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim()));
  return [...new Set(manifestUrls(xml).filter((url) => !domains.has(url)))];
}

/** `xmllint --schema` over a manifest file: the exit status and what it said. */
export function validateWithSchema(file: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA_FILE, file], { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint could not run (${result.error.message}); install libxml2-utils`);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** scripts/webpack/productionManifest.js (plain JavaScript the webpack config loads), typed. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const productionManifest = require(path.join(ROOT, "scripts", "webpack", "productionManifest.js")) as {
  readonly DEV_BASE_URL: string;
  baseUrlFrom(env: Record<string, string | undefined>): string;
  rewriteManifest(xml: string, baseUrl: string): string;
};
