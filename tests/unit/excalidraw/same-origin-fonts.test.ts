import { describe, expect, it } from "vitest";
import { keepSameOriginSources } from "@/components/excalidraw/same-origin-fonts";

const ORIGIN = "https://scaleboard.example";
const CDN = "https://esm.sh/@excalidraw/excalidraw@0.18.1/dist/prod/fonts/Virgil/Virgil-Regular.woff2";

describe("keepSameOriginSources", () => {
  it("drops Excalidraw's CDN fallback after our own copy, as Excalidraw writes the list", () => {
    const ours = `${ORIGIN}/fonts/Virgil/Virgil-Regular.woff2`;
    expect(keepSameOriginSources(`url(${ours}) format('woff2'), url(${CDN}) format('woff2')`, ORIGIN)).toBe(
      `url(${ours}) format('woff2')`,
    );
  });

  it("keeps relative, quoted and data: sources, and every format and tech hint", () => {
    const source = `url("/fonts/a.woff2") format("woff2") tech(variations), url(data:font/woff2;base64,AAAA), url('${CDN}')`;
    expect(keepSameOriginSources(source, ORIGIN)).toBe(
      `url("/fonts/a.woff2") format("woff2") tech(variations), url(data:font/woff2;base64,AAAA)`,
    );
  });

  it("treats another port or scheme of the same host as another origin", () => {
    expect(keepSameOriginSources(`url(/a.woff2), url(http://scaleboard.example/b.woff2)`, ORIGIN)).toBe(
      "url(/a.woff2)",
    );
    expect(keepSameOriginSources(`url(/a.woff2), url(https://scaleboard.example:8443/b.woff2)`, ORIGIN)).toBe(
      "url(/a.woff2)",
    );
  });

  it("leaves a list with no source of ours, or with only ours, as it is", () => {
    expect(keepSameOriginSources(`url(${CDN}) format('woff2')`, ORIGIN)).toBe(`url(${CDN}) format('woff2')`);
    expect(keepSameOriginSources(`url(/fonts/a.woff2)`, ORIGIN)).toBe("url(/fonts/a.woff2)");
    expect(keepSameOriginSources(`local("Arial")`, ORIGIN)).toBe(`local("Arial")`);
  });
});
