import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

export interface StaticSite {
  close(): Promise<void>;
}

/**
 * Serves a static site's build as a host would (Docusaurus writes `/docs/cli` as
 * `docs/cli/index.html`; unknown paths get its 404.html), on `port` of 127.0.0.1.
 */
export async function serveStaticSite(root: string, port: number): Promise<StaticSite> {
  const file = (pathname: string): string | undefined => {
    const path = normalize(join(root, decodeURIComponent(pathname)));
    if (path !== root && !path.startsWith(`${root}${sep}`)) return undefined;
    for (const candidate of [path, join(path, "index.html"), `${path}.html`]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return undefined;
  };
  const server = createServer((request, response) => {
    const found = file(new URL(request.url ?? "/", "http://site").pathname);
    const served = found ?? join(root, "404.html");
    response.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(served)] ?? "application/octet-stream" });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
