/**
 * The cookies of one site, kept as a browser would for the example's needs:
 * Set-Cookie adds or replaces a cookie, and deletes it when its Max-Age is 0
 * or its Expires has passed (that is how signing out clears the session).
 * Domain, Path and Secure are not needed here: every request goes to one
 * server. For more than that, use a full jar such as tough-cookie.
 */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  /** The Cookie header to send, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.#cookies.size === 0) return undefined;
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Takes in what a response's Set-Cookie headers set and delete. */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (value === "" || expired(attributes)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  names(): string[] {
    return [...this.#cookies.keys()];
  }
}

function expired(attributes: string[]): boolean {
  for (const attribute of attributes) {
    const [key = "", value = ""] = attribute.split("=", 2).map((part) => part.trim());
    if (key.toLowerCase() === "max-age" && Number(value) <= 0) return true;
    if (key.toLowerCase() === "expires" && Date.parse(value) <= Date.now()) return true;
  }
  return false;
}
