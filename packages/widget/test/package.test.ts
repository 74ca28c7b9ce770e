import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

const ELEMENT = fileURLToPath(new URL("../dist/pagewise-widget.js", import.meta.url));

/** The budget for the element's JavaScript, gzipped: everything a host page loads. */
const BUDGET_GZIP_BYTES = 60 * 1024;

describe("the built @pagewise/widget", () => {
  it(`keeps the element within ${BUDGET_GZIP_BYTES / 1024} KB of gzipped JavaScript`, () => {
    const gzipped = gzipSync(readFileSync(ELEMENT), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it("can be imported where there is no DOM (server rendering), defining nothing there", async () => {
    const element = await import(/* @vite-ignore */ ELEMENT);
    expect(element.TAG_NAME).toBe("pagewise-assistant");
    expect(typeof element.definePagewiseAssistant).toBe("function");
  });

  it("renders the element from React, on the server too, with its attributes", async () => {
    const { PagewiseAssistant } = await import("../src/react");
    const html = renderToStaticMarkup(
      createElement(PagewiseAssistant, {
        server: "https://assistant.example.com",
        launcher: "none",
        selectToAsk: "off",
      }),
    );
    expect(html).toBe(
      '<pagewise-assistant server="https://assistant.example.com" launcher="none" select-to-ask="off"></pagewise-assistant>',
    );
  });
});
