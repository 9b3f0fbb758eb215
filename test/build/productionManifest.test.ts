import { manifestUrls, productionManifest, readManifest } from "../manifest/manifestFiles";

const { DEV_BASE_URL, baseUrlFrom, rewriteManifest } = productionManifest;

describe("baseUrlFrom", () => {
  it("defaults to the development server", () => {
    expect(baseUrlFrom({})).toBe(DEV_BASE_URL);
  });

  it("drops trailing slashes so URLs join cleanly", () => {
    expect(baseUrlFrom({ SEGMENTA_BASE_URL: "https://addins.example.com/segmenta//" })).toBe("https://addins.example.com/segmenta");
  });

  it.each(["http://addins.example.com", "addins.example.com", "https://addins.example.com/?v=2"])("refuses %s", (url) => {
    expect(() => baseUrlFrom({ SEGMENTA_BASE_URL: url })).toThrow(/SEGMENTA_BASE_URL/);
  });
});

describe("rewriteManifest", () => {
  const base = "https://addins.example.com/segmenta";
  const production = rewriteManifest(readManifest(), base);

  it("moves every URL to the deployment and leaves no development address behind", () => {
    const urls = manifestUrls(production);
    expect(urls.length).toBe(manifestUrls(readManifest()).length);
    expect(production).not.toContain("localhost");
    expect(urls.filter((url) => !url.startsWith("https://addins.example.com"))).toEqual([]);
    expect(urls).toContain(`${base}/taskpane.html`);
  });

  it("gives the AppDomain the origin alone", () => {
    expect([...production.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(["https://addins.example.com"]);
  });
});
