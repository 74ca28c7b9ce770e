const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
// A client can send anything as Origin; the message quotes only this much of it.
const MAX_QUOTED_LENGTH = 200;

/**
 * Why a state-changing request was refused for its Origin, in words a script's
 * author can act on: the origin received, the origins trusted, the variable
 * that adds one, and the localhost/127.0.0.1 mix-up, which looks like the same
 * address to a person but is another origin to a browser and to this check.
 * `trusted` starts with the server's own origin (BETTER_AUTH_URL).
 */
export function originRefusalMessage(received: string | undefined, trusted: readonly string[]): string {
  const origins = [...new Set(trusted)];
  const own = origins[0];
  const list = origins.join(", ");
  if (received === undefined || received === "" || received === "null") {
    const send = own === undefined ? "" : ` Send \`Origin: ${own}\` (this server's BETTER_AUTH_URL) with it.`;
    return `This request changes something but has no Origin header (or \`Origin: null\`), so it could come from a page on another site.${send} Trusted origins: ${list}; others are added with BETTER_AUTH_TRUSTED_ORIGINS.`;
  }
  const quoted = received.length > MAX_QUOTED_LENGTH ? `${received.slice(0, MAX_QUOTED_LENGTH)}…` : received;
  const twin = loopbackTwin(received, origins);
  const hint =
    twin === undefined
      ? ` To accept it, add it to BETTER_AUTH_TRUSTED_ORIGINS.`
      : ` localhost and 127.0.0.1 are different origins: send \`Origin: ${twin}\`, or add ${quoted} to BETTER_AUTH_TRUSTED_ORIGINS.`;
  return `Origin ${quoted} is not trusted by this server. Trusted origins: ${list}.${hint}`;
}

/** The trusted origin that differs from `received` only by its loopback name, if any. */
function loopbackTwin(received: string, trusted: readonly string[]): string | undefined {
  const given = parseOrigin(received);
  if (given === undefined || !LOOPBACK_HOSTS.has(given.hostname)) return undefined;
  return trusted.find((origin) => {
    const candidate = parseOrigin(origin);
    return (
      candidate !== undefined &&
      LOOPBACK_HOSTS.has(candidate.hostname) &&
      candidate.hostname !== given.hostname &&
      candidate.protocol === given.protocol &&
      candidate.port === given.port
    );
  });
}

function parseOrigin(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
