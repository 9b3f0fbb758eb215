import * as fs from "fs";
import * as path from "path";
import { manifestUrls, pngSize, readManifest, ROOT } from "./manifestFiles";

const ICON_SIZES = [16, 32, 64, 80, 128];
const xml = readManifest();

/** The file under the repository that a development URL of the manifest serves. */
const assetFile = (url: string) => path.join(ROOT, new URL(url).pathname);

describe("add-in icons", () => {
  it.each(ICON_SIZES)("has assets/icon-%i.png at exactly that many pixels square", (size) => {
    expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
  });

  it("gives every ribbon image the size its manifest entry declares", () => {
    const images = [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)];
    expect(images.length).toBe(3);
    for (const [, id, url] of images) {
      const declared = Number(/(\d+)x\1$/.exec(id)?.[1]);
      expect({ id, ...pngSize(fs.readFileSync(assetFile(url))) }).toEqual({ id, width: declared, height: declared });
    }
  });

  it("uses the 64 px icon for IconUrl and the 128 px icon for HighResolutionIconUrl", () => {
    const urlOf = (tag: string) => new RegExp(`<${tag} DefaultValue="([^"]+)"`).exec(xml)?.[1] ?? "";
    expect(pngSize(fs.readFileSync(assetFile(urlOf("IconUrl"))))).toEqual({ width: 64, height: 64 });
    expect(pngSize(fs.readFileSync(assetFile(urlOf("HighResolutionIconUrl"))))).toEqual({ width: 128, height: 128 });
  });

  it("keeps every image the manifest names in assets/", () => {
    const pictures = manifestUrls(xml).filter((url) => url.endsWith(".png"));
    expect(pictures.length).toBeGreaterThanOrEqual(5);
    expect(pictures.filter((url) => !fs.existsSync(assetFile(url)))).toEqual([]);
  });
});

describe("pngSize", () => {
  it("refuses bytes that are not a PNG", () => {
    expect(() => pngSize(Buffer.from("GIF89a........................"))).toThrow("not a PNG file");
  });
});
