import { describe, expect, it } from "vitest";
import pagewisePlugin, { assistantTag, PagewiseOptionsError, validateOptions } from "../src/index";

describe("@pagewise/docusaurus options", () => {
  it("needs only the server, and fills in the rest", () => {
    expect(validateOptions({ options: { server: "https://assistant.example.com/" } })).toEqual({
      server: "https://assistant.example.com",
      launcher: "bottom-right",
      routes: [],
      theme: "auto",
      shortcut: "mod+k",
      selectToAsk: true,
    });
  });

  it.each([
    [undefined, /give the plugin options/],
    [{}, /"server" must be the Pagewise server's address/],
    [{ server: "assistant.example.com" }, /"server" must be the Pagewise server's address/],
    [{ server: "https://a.example", launcher: "top" }, /"launcher" must be one of bottom-right, bottom-left, none/],
    [{ server: "https://a.example", routes: "/docs" }, /"routes" must be a list of paths/],
    [{ server: "https://a.example", routes: ["docs"] }, /"routes" must be a list of paths/],
    [{ server: "https://a.example", routes: ['/docs" onload="x'] }, /"routes" must be a list of paths/],
    [{ server: "https://a.example", theme: "blue" }, /"theme" must be one of auto, light, dark/],
    [{ server: "https://a.example", shortcut: "ctrl+shift+k" }, /"shortcut" must be "mod\+<key>"/],
    [{ server: "https://a.example", selectToAsk: "no" }, /"selectToAsk" must be true or false/],
  ])("refuses %j with what to write instead", (options, message) => {
    expect(() => validateOptions({ options })).toThrow(PagewiseOptionsError);
    expect(() => validateOptions({ options })).toThrow(message);
  });
});

describe("the plugin", () => {
  const options = validateOptions({ options: { server: "https://assistant.example.com" } });

  it("puts the element at the end of every page's body and loads its client module", () => {
    const plugin = pagewisePlugin({ baseUrl: "/" }, options);
    expect(plugin.name).toBe("@pagewise/docusaurus");
    expect(plugin.getClientModules()).toEqual([expect.stringMatching(/client-module\.(js|ts)$/)]);
    expect(plugin.injectHtmlTags().postBodyTags).toEqual([
      {
        tagName: "pagewise-assistant",
        customElement: true,
        attributes: {
          server: "https://assistant.example.com",
          launcher: "bottom-right",
          theme: "auto",
          shortcut: "mod+k",
          "select-to-ask": "on",
          "data-pagewise-docusaurus": true,
        },
      },
    ]);
  });

  it("shows the element on the chosen routes only, below the site's baseUrl, hidden until a route matches", () => {
    const tag = assistantTag("/project/", { ...options, routes: ["/docs", "/guides"], selectToAsk: false });
    expect(tag.attributes).toMatchObject({
      "data-routes": "/project/docs /project/guides",
      hidden: true,
      "select-to-ask": "off",
    });
  });
});
