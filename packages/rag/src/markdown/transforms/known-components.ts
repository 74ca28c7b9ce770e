import type { RootContent } from "mdast";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";

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
      const link: RootContent = {
        type: "link",
        url: `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
        children: [{ type: "text", value: title }],
        position: node.position,
      };
      return node.type === "mdxJsxTextElement"
        ? link
        : { type: "paragraph", children: [link], position: node.position };
    }
    default:
      return undefined;
  }
}
