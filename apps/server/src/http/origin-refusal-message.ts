const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
// A client can send anything as Origin; the message quotes only this much of it.
const MAX_QUOTED_LENGTH = 200;

/**
 * Why a state-changing request was refused for its Origin, in words a script's
 * author can act on: the origin received, the variable that adds one, and (with
 * `listTrusted`, in development) the origins trusted; and the localhost/127.0.0.1
 * mix-up, which looks like the same address to a person but is another origin to
 * a browser and to this check. In production the trusted origins are not told to
 * whoever asks: they map a deployment's partners. `trusted` starts with the
 * server's own origin (BETTER_AUTH_URL), which is public and always named.
 */
export function originRefusalMessage(
  received: string | undefined,
  trusted: readonly string[],
  { listTrusted }: { listTrusted: boolean },
): string {
  const origins = [...new Set(trusted)];
  const own = origins[0];
  const trustedList = listTrusted ? ` Trusted origins: ${origins.join(", ")}` : undefined;
  if (received === undefined || received === "" || received === "null") {
    const send = own === undefined ? "" : ` Send \`Origin: ${own}\` (this server's BETTER_AUTH_URL) with it.`;
    const others =
      trustedList === undefined
        ? " Other origins are added with BETTER_AUTH_TRUSTED_ORIGINS."
        : `${trustedList}; others are added with BETTER_AUTH_TRUSTED_ORIGINS.`;
    return `This request changes something but has no Origin header (or \`Origin: null\`), so it could come from a page on another site.${send}${others}`;
  }
  const quoted = received.length > MAX_QUOTED_LENGTH ? `${received.slice(0, MAX_QUOTED_LENGTH)}…` : received;
  // Only a loopback origin is ever named this way, in production too: it tells a stranger nothing.
  const twin = loopbackTwin(received, origins);
  const hint =
    twin === undefined
      ? ` To accept it, add it to BETTER_AUTH_TRUSTED_ORIGINS.`
      : ` localhost and 127.0.0.1 are different origins: send \`Origin: ${twin}\`, or add ${quoted} to BETTER_AUTH_TRUSTED_ORIGINS.`;
  return `Origin ${quoted} is not trusted by this server.${trustedList === undefined ? "" : `${trustedList}.`}${hint}`;
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
