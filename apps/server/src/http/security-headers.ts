import { Hono, type MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { type HeaderList, withAnswerHeaders } from "./answer-headers";

/**
 * Security headers on every response. The CSP allows only our own origin for
 * scripts (the SPA's build has no inline script), forbids framing, and allows
 * inline styles only because React `style` props and the API reference use them.
 * Images may come from any https origin: a book's `![badge](https://…)` is shown where
 * its author put it, as on their site. An image cannot run script (an SVG in `<img>` is
 * inert), sends only our origin as referrer, and plain http stays blocked; fetching it
 * at ingest instead would make the server fetch whatever URL a docs folder names.
 * HSTS is sent only when the site is served over https. Permissions-Policy
 * turns off the device and payment features the site never uses.
 *
 * The headers are Hono's secureHeaders', read once from an empty answer (with
 * no nonce, they are the same for every request) and added to every answer
 * the cheap way (answer-headers.ts); an answer that sets one keeps its own
 * (book assets: a stricter CSP).
 */
export function securityHeaders({ https }: { https: boolean }): MiddlewareHandler {
  const headers = headersAddedBy(honoSecureHeaders(https));
  return async (c, next) => {
    await withAnswerHeaders(c, await headers, next);
  };
}

async function headersAddedBy(middleware: MiddlewareHandler): Promise<HeaderList> {
  const probe = new Hono().use(middleware).all("*", (c) => c.body(null, 204));
  const headers: [string, string][] = [];
  (await probe.request("/")).headers.forEach((value, name) => {
    headers.push([name, value]);
  });
  return headers;
}

function honoSecureHeaders(https: boolean): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      // Books show images from other sites (badges, screenshots) as Docusaurus does: see below.
      imgSrc: ["'self'", "data:", "https:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    referrerPolicy: "strict-origin-when-cross-origin",
    crossOriginResourcePolicy: "same-origin",
    strictTransportSecurity: https ? "max-age=31536000; includeSubDomains" : false,
    // A documentation site needs none of these: no page, nor anything framed in one, may ask for them.
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      serial: [],
      hid: [],
      bluetooth: [],
      midi: [],
      displayCapture: [],
      accelerometer: [],
      gyroscope: [],
      magnetometer: [],
      browsingTopics: [],
    },
  });
}
