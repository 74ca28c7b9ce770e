import { inspect } from "node:util";

const REDACTED = "[redacted]";

/**
 * An API key that cannot leak by accident: printing, string-interpolating,
 * JSON-serialising or `util.inspect`-ing it (as a logger does with a config
 * object) shows "[redacted]". Only `reveal()` gives the value, and only the
 * HTTP clients call it, to set the Authorization header.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

/** Removes a secret from text that came back from a remote service (some echo a rejected key in their error). */
export function redact(text: string, secret: Secret | undefined): string {
  const value = secret?.reveal() ?? "";
  return value.length < 4 ? text : text.replaceAll(value, REDACTED);
}
