import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const MIN_SECRET_LENGTH = 32;

/** BETTER_AUTH_SECRET is missing or too weak where it must be strong. */
export class AuthSecretError extends Error {
  override readonly name = "AuthSecretError";
}

export interface ResolvedSecret {
  secret: string;
  /** Set when the secret was generated or read from the development file: start-up warns. */
  generatedAt?: string;
}

/**
 * The secret signs session cookies and keys the IP hashes in the auth log. In
 * production it must come from BETTER_AUTH_SECRET and be strong. In development
 * a random one is generated once and kept in `devSecretFile`, so sessions
 * survive restarts without anyone having to configure anything.
 */
export function resolveAuthSecret(options: {
  secret: string | undefined;
  production: boolean;
  devSecretFile: string;
}): ResolvedSecret {
  const { secret, production, devSecretFile } = options;
  if (secret !== undefined) {
    const weakness = describeWeakness(secret);
    if (weakness !== undefined && production) {
      throw new AuthSecretError(`BETTER_AUTH_SECRET ${weakness}. Generate one with: openssl rand -base64 32`);
    }
    return { secret };
  }
  if (production) {
    throw new AuthSecretError(
      `BETTER_AUTH_SECRET is required in production (at least ${MIN_SECRET_LENGTH} random characters). Generate one with: openssl rand -base64 32`,
    );
  }
  if (existsSync(devSecretFile)) {
    const stored = readFileSync(devSecretFile, "utf8").trim();
    if (describeWeakness(stored) === undefined) return { secret: stored, generatedAt: devSecretFile };
  }
  const generated = randomBytes(32).toString("base64url");
  mkdirSync(dirname(devSecretFile), { recursive: true });
  writeFileSync(devSecretFile, `${generated}\n`, { mode: 0o600 });
  return { secret: generated, generatedAt: devSecretFile };
}

/** Why a secret is too weak, or undefined when it is fine. */
export function describeWeakness(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) {
    return `is too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH} are required)`;
  }
  if (new Set(secret).size < 10) return "is too repetitive to be random";
  return undefined;
}
