import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";

const WIDGET = fileURLToPath(new URL("../../dist/pagewise-widget.js", import.meta.url));

/** A host page that does its worst to whatever it embeds. */
export const HOSTILE_CSS = `
* { all: unset; }
html { font-size: 40px; }
body { display: block; font: 40px/1.1 "Comic Sans MS", cursive; color: #0f0; }
p, h1 { display: block; margin: 20px; }
button, input, a { font-size: 40px !important; color: #f0f !important; }
`;

export interface HostSite {
  /** The site's address on 127.0.0.1, e.g. "http://127.0.0.1:41234". */
  url: string;
  /** The same site as another origin (localhost): one the Pagewise server does not trust. */
  foreignUrl: string;
  close(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A plain HTML docs site on an origin of its own, with the widget on every page: `/docs/<any>`
 * answers with a page that names its path, so a followed citation can be checked. The Pagewise
 * server's address is read per page: that server is started after this one, which it must trust.
 */
export async function startHostSite(pagewiseServer: () => string): Promise<HostSite> {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://host").pathname;
    if (path === "/pagewise-widget.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(await readFile(WIDGET));
      return;
    }
    if (path === "/hostile.css") {
      response.writeHead(200, { "content-type": "text/css" }).end(HOSTILE_CSS);
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host ${escapeHtml(path)}</title>
<link rel="stylesheet" href="/hostile.css"><script type="module" src="/pagewise-widget.js"></script></head>
<body><nav aria-label="Site"><a href="/guide/">Guide</a> <pagewise-sign-in></pagewise-sign-in></nav>
<h1 id="host-title">Host page ${escapeHtml(path)}</h1>
<p id="intro">To reset a forgotten password, ask for a reset link from the sign-in page.</p>
<pagewise-assistant server="${escapeHtml(pagewiseServer())}"></pagewise-assistant></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the host site has no TCP port");
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}`,
    foreignUrl: `http://localhost:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
