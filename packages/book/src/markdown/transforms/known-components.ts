import type { RootContent } from "mdast";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, shorten, stringValue } from "./jsx-attributes";

/**
 * Site components common enough in Docusaurus books that showing nothing for
 * them would lose content readers need: an install snippet becomes the
 * npm/Yarn/pnpm code tabs it draws, a video embed a link to the video.
 */
export function knownComponent(node: JsxElement, context: TransformContext): RootContent | undefined {
  const props = readAttributes(node, context, { quiet: true });
  switch (node.name) {
    case "InstallSnippet": {
      const packages = stringValue(props.get("pkgs"));
      if (packages === undefined) return undefined;
      return { type: "code", lang: "sh", meta: "npm2yarn", value: `npm install ${packages}`, position: node.position };
    }
    case "YouTubeEmbed":
    case "LiteYouTubeEmbed": {
      const id = stringValue(props.get("videoId")) ?? stringValue(props.get("id"));
      if (id === undefined) return undefined;
      const title = stringValue(props.get("title")) ?? "Watch the video";
      return linkInPlaceOf(node, `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, title);
    }
    default:
      return undefined;
  }
}

/**
 * An `<iframe>` as a link to what it shows, titled as the author titled the frame: the reader
 * frames no other site (its CSP allows none), and a video's own page plays it. A YouTube or Vimeo
 * player's URL becomes the video's page; a frame of no http(s) page is dropped and reported.
 */
export function iframeLink(node: JsxElement, context: TransformContext): RootContent[] {
  const props = readAttributes(node, context, { quiet: true });
  const src = stringValue(props.get("src"));
  const page = src === undefined ? undefined : pageOfFrame(src);
  if (page === undefined) {
    context.warn("dropped-mdx", node, `<iframe> of ${src === undefined ? "no src" : shorten(src)} dropped`);
    return [];
  }
  const title = stringValue(props.get("title"))?.trim();
  const text = title ? `${title} (${page.host})` : `Open the embedded page on ${page.host}`;
  return [linkInPlaceOf(node, page.href, text)];
}

/** A link where the element was: inline for an inline element, else a paragraph of its own. */
function linkInPlaceOf(node: JsxElement, url: string, text: string): RootContent {
  const link: RootContent = { type: "link", url, children: [{ type: "text", value: text }], position: node.position };
  return node.type === "mdxJsxTextElement" ? link : { type: "paragraph", children: [link], position: node.position };
}

function pageOfFrame(src: string): { href: string; host: string } | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  const host = url.hostname.replace(/^www\./, "");
  const youtube = /^\/embed\/([\w-]+)/.exec(url.pathname);
  if (/^youtube(?:-nocookie)?\.com$/.test(host) && youtube?.[1] !== undefined)
    return { href: `https://www.youtube.com/watch?v=${youtube[1]}`, host: "youtube.com" };
  const vimeo = /^\/video\/(\d+)/.exec(url.pathname);
  if (host === "player.vimeo.com" && vimeo?.[1] !== undefined)
    return { href: `https://vimeo.com/${vimeo[1]}`, host: "vimeo.com" };
  return { href: url.href, host };
}
