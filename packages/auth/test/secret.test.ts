import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AuthSecretError, resolveAuthSecret } from "../src";

describe("resolveAuthSecret", () => {
  const dir = mkdtempSync(join(tmpdir(), "pagewise-secret-"));
  const devSecretFile = join(dir, ".data", "auth-secret");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const strong = "kQ9v2Lr8XzP4m7Tn1Bc6Hd3Wf5Js0Ye2Ua8";

  it("refuses a missing, short or repetitive secret in production", () => {
    expect(() => resolveAuthSecret({ secret: undefined, production: true, devSecretFile })).toThrow(AuthSecretError);
    expect(() => resolveAuthSecret({ secret: "short", production: true, devSecretFile })).toThrow(/too short/);
    expect(() => resolveAuthSecret({ secret: "a".repeat(40), production: true, devSecretFile })).toThrow(/repetitive/);
    expect(resolveAuthSecret({ secret: strong, production: true, devSecretFile })).toEqual({ secret: strong });
  });

  it("generates a development secret once, keeps it private, and reuses it", () => {
    const first = resolveAuthSecret({ secret: undefined, production: false, devSecretFile });
    expect(first.generatedAt).toBe(devSecretFile);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(devSecretFile, "utf8").trim()).toBe(first.secret);
    expect(statSync(devSecretFile).mode & 0o077).toBe(0);
    expect(resolveAuthSecret({ secret: undefined, production: false, devSecretFile }).secret).toBe(first.secret);
  });
});
