import type { Definition, Image, Link, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxTextElement } from "mdast-util-mdx";
import { visit } from "unist-util-visit";
import type { IngestWarning } from "../site/book-shapes";
import type { LinkResolver } from "../site/resolve-links";
import { rewriteTree } from "./transforms/rewrite-tree";

/** Where stored assets are served from, keyed by their content. */
export interface AssetStore {
  /** The asset's URL (`/book-assets/<hash>/<name>`), or why it cannot be stored. */
  urlOf(absolutePath: string): { url: string } | { problem: string; kind: IngestWarning["kind"] };
}

export interface ResolveReferencesOptions {
  path: string;
  lineOffset: number;
  resolver: LinkResolver;
  assets: AssetStore;
}

export interface ResolvedReferences {
  warnings: IngestWarning[];
  /** Every link/asset and what it resolved to, for the page's content hash. */
  targets: string[];
}

/**
 * Resolves every link and image of the page (Markdown and JSX `<a>`/`<img>`)
 * with the book's resolver: links into the book become `/docs/…` routes, files
 * and images stored assets; what does not resolve is shown as plain text and
 * reported with its file and line.
 */
export function resolveReferences(tree: Root, options: ResolveReferencesOptions): ResolvedReferences {
  const warnings: IngestWarning[] = [];
  const targets: string[] = [];
  inlineReferences(tree);

  const originOf = (node: RootContent) => node.data?.pwOrigin ?? { path: options.path, lineOffset: options.lineOffset };
  const warn = (node: RootContent, kind: IngestWarning["kind"], message: string) => {
    const origin = originOf(node);
    const line = node.position?.start.line;
    warnings.push(
      line === undefined
        ? { kind, path: origin.path, message }
        : { kind, path: origin.path, line: line + origin.lineOffset, message },
    );
  };

  const link = (
    node: RootContent,
    href: string,
  ): { href: string; download?: boolean; external?: boolean } | undefined => {
    // `#x` in a partial names a heading of the page it is shown on, as in the browser.
    const from = href.startsWith("#") ? options.path : originOf(node).path;
    const target = options.resolver.resolveLink(from, href);
    targets.push(`link ${href} ${JSON.stringify(target)}`);
    switch (target.kind) {
      case "page":
        if (target.problem !== undefined) warn(node, "unresolved-link", `${href}: ${target.problem}`);
        return { href: target.href };
      case "external":
        return { href: target.href, external: true };
      case "asset": {
        const stored = options.assets.urlOf(target.absolutePath);
        targets.push(`asset ${JSON.stringify(stored)}`);
        if ("url" in stored) return { href: stored.url, download: true };
        warn(node, stored.kind, `${href}: ${stored.problem}`);
        return undefined;
      }
      case "unresolved":
        warn(node, "unresolved-link", `${href}: ${target.reason}`);
        return undefined;
      case "refused":
        warn(node, "refused-asset", `${href}: ${target.reason}`);
        return undefined;
    }
  };

  const image = (node: RootContent, src: string): string | undefined => {
    const target = options.resolver.resolveAsset(originOf(node).path, src);
    targets.push(`image ${src} ${JSON.stringify(target)}`);
    if (target.kind === "external") return target.href;
    if (target.kind === "missing" || target.kind === "refused") {
      warn(node, target.kind === "missing" ? "missing-asset" : "refused-asset", `${src}: ${target.reason}`);
      return undefined;
    }
    const stored = options.assets.urlOf(target.absolutePath);
    targets.push(`asset ${JSON.stringify(stored)}`);
    if ("url" in stored) return stored.url;
    warn(node, stored.kind, `${src}: ${stored.problem}`);
    return undefined;
  };

  rewriteTree(tree, (node) => {
    if (node.type === "link") {
      const resolved = link(node, node.url);
      if (resolved === undefined) return [span({ className: "unresolved-link" }, node.children, node)];
      node.url = resolved.href;
      node.data = { ...node.data, hProperties: linkProperties(resolved) };
      return [node];
    }
    if (node.type === "image") {
      const src = image(node, node.url);
      if (src === undefined) return [missingImage(node.alt ?? "", node)];
      node.url = src;
      node.data = { ...node.data, hProperties: { loading: "lazy" } };
      return [node];
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "a") {
      const href = attribute(node.attributes, "href");
      if (href === undefined) return undefined;
      const resolved = link(node, href);
      if (resolved === undefined)
        return [span({ className: "unresolved-link" }, node.children.flatMap(phrasing), node)];
      setAttribute(node.attributes, "href", resolved.href);
      if (resolved.external) setAttribute(node.attributes, "rel", "noopener noreferrer");
      if (resolved.download) setAttribute(node.attributes, "download", null);
      return [node];
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "img") {
      const src = attribute(node.attributes, "src");
      const alt = attribute(node.attributes, "alt") ?? "";
      const resolved = src === undefined ? undefined : image(node, src);
      if (resolved === undefined) return [missingImage(alt, node)];
      setAttribute(node.attributes, "src", resolved);
      setAttribute(node.attributes, "loading", "lazy");
      return [node];
    }
    return undefined;
  });
  return { warnings, targets };
}

function linkProperties(resolved: { download?: boolean; external?: boolean }): Record<string, string | boolean> {
  if (resolved.external) return { rel: "noopener noreferrer" };
  if (resolved.download) return { download: true };
  return {};
}

/** `[text][ref]`/`![alt][ref]` become plain links/images, so there is one kind of node to resolve. */
function inlineReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, "definition", (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  rewriteTree(tree, (node) => {
    if (node.type === "definition") return [];
    if (node.type !== "linkReference" && node.type !== "imageReference") return undefined;
    const definition = definitions.get(node.identifier);
    if (definition === undefined) return undefined;
    const common = { url: definition.url, title: definition.title, position: node.position, data: node.data };
    if (node.type === "imageReference") {
      const image: Image = { type: "image", alt: node.alt, ...common };
      return [image];
    }
    const link: Link = { type: "link", children: node.children, ...common };
    return [link];
  });
}

function span(
  properties: { className: string },
  children: PhrasingContent[],
  from: RootContent,
  extra: MdxJsxAttribute[] = [],
): MdxJsxTextElement {
  return {
    type: "mdxJsxTextElement",
    name: "span",
    attributes: [{ type: "mdxJsxAttribute", name: "className", value: properties.className }, ...extra],
    children,
    position: from.position,
  };
}

function missingImage(alt: string, from: RootContent): MdxJsxTextElement {
  return span({ className: "missing-image" }, [{ type: "text", value: alt }], from, [
    { type: "mdxJsxAttribute", name: "role", value: "img" },
    { type: "mdxJsxAttribute", name: "aria-label", value: alt },
  ]);
}

function phrasing(node: RootContent): PhrasingContent[] {
  if (node.type === "paragraph") return node.children;
  if (node.type === "text" || node.type === "inlineCode" || node.type === "strong" || node.type === "emphasis")
    return [node];
  return "children" in node ? node.children.flatMap(phrasing) : [];
}

function attribute(
  attributes: Array<{ type: string; name?: string; value?: unknown }>,
  name: string,
): string | undefined {
  for (const candidate of attributes) {
    if (candidate.type === "mdxJsxAttribute" && candidate.name === name && typeof candidate.value === "string")
      return candidate.value;
  }
  return undefined;
}

function setAttribute(attributes: MdxJsxTextElement["attributes"], name: string, value: string | null): void {
  const existing = attributes.find((candidate) => candidate.type === "mdxJsxAttribute" && candidate.name === name);
  if (existing !== undefined && existing.type === "mdxJsxAttribute") existing.value = value;
  else attributes.push({ type: "mdxJsxAttribute", name, value });
}
