import { APIError } from "better-auth/api";
import { stripInvisibleCharacters } from "./invisible-characters";
import { checkName } from "./name-rules";

/** The endpoints where a person types their own name. */
const NAME_PATHS: ReadonlySet<string> = new Set(["/sign-up/email", "/update-user"]);

/**
 * For Better Auth's before-hook: the request body with its name cleaned (name-rules.ts), or
 * undefined when the endpoint takes no name or none was sent (Better Auth's own validation then
 * answers). A name the rules refuse is a 400 before anything is read or written, so the answer
 * is the same whether the address has an account or not.
 */
export function bodyWithCleanName(path: string, body: unknown): Record<string, unknown> | undefined {
  if (!NAME_PATHS.has(path) || typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  if (!("name" in body) || body.name === undefined) return undefined;
  const checked = checkName(body.name);
  if (!checked.ok) throw new APIError("BAD_REQUEST", { message: checked.message, code: checked.code });
  return { ...body, name: checked.name };
}

/**
 * For the user row's database hooks: the shown text fields of a write, cleaned. This catches the
 * writes no endpoint check sees: a social provider's profile name (which may be empty, as Better
 * Auth stores it when a provider gives none) and a ban reason sent to Better Auth's admin endpoint.
 * An overlong provider name fails the sign-in with NAME_TOO_LONG, never a 500.
 */
export function cleanUserText(user: { name?: unknown; banReason?: unknown }): { name?: string; banReason?: string } {
  const cleaned: { name?: string; banReason?: string } = {};
  if (typeof user.name === "string") {
    const checked = checkName(user.name, { allowEmpty: true });
    if (!checked.ok) throw new APIError("BAD_REQUEST", { message: checked.message, code: checked.code });
    cleaned.name = checked.name;
  }
  if (typeof user.banReason === "string") cleaned.banReason = stripInvisibleCharacters(user.banReason).trim();
  return cleaned;
}
