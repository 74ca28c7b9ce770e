import { describe, expect, it } from "vitest";
import { confirmPasswordError, emailError, nameError, newPasswordError } from "../src/lib/auth-form-validation";
import { retryAfterSeconds } from "../src/lib/auth-request";
import {
  validateRedirectSearch,
  validateResetPasswordSearch,
  validateSignInSearch,
} from "../src/lib/auth-search-params";
import { safeRedirectPath } from "../src/lib/safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeRedirectPath("/")).toBe("/");
    expect(safeRedirectPath("/account")).toBe("/account");
    expect(safeRedirectPath("/docs/intro?tab=2#setup")).toBe("/docs/intro?tab=2#setup");
  });

  it.each([
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/path"],
    ["a backslash host", "/\\evil.example"],
    ["a tab the URL parser drops", "/\t/evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path without a slash", "account"],
    ["an empty string", ""],
    ["a non-string", 42],
    ["a very long value", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_, value) => {
    expect(safeRedirectPath(value)).toBeUndefined();
  });
});

// toStrictEqual: a refused value must come back as an explicit undefined, which is what
// overrides the raw value when the router merges validated params over the URL's.
describe("search params of the auth pages", () => {
  it("replaces a foreign redirect with undefined and keeps a safe one", () => {
    expect(validateRedirectSearch({ redirect: "https://evil.example" })).toStrictEqual({ redirect: undefined });
    expect(validateSignInSearch({ redirect: "//evil.example", error: "<b>" })).toStrictEqual({
      redirect: undefined,
      error: undefined,
    });
    expect(validateSignInSearch({ redirect: "/account", error: "state_mismatch" })).toStrictEqual({
      redirect: "/account",
      error: "state_mismatch",
    });
  });

  it("keeps a token and an error code, and refuses markup", () => {
    expect(validateResetPasswordSearch({ token: "abcDEF123_-" })).toStrictEqual({
      token: "abcDEF123_-",
      error: undefined,
    });
    expect(validateResetPasswordSearch({ error: "INVALID_TOKEN" })).toStrictEqual({
      token: undefined,
      error: "INVALID_TOKEN",
    });
    expect(validateResetPasswordSearch({ token: "<script>", error: "<b>x</b>" })).toStrictEqual({
      token: undefined,
      error: undefined,
    });
    // The router's default search parser turns numeric-looking values into numbers.
    expect(validateResetPasswordSearch({ token: 12345 }).token).toBeUndefined();
  });
});

describe("form validation", () => {
  it("checks email addresses loosely", () => {
    expect(emailError("ada@example.com")).toBeUndefined();
    expect(emailError("  ada@example.com ")).toBeUndefined();
    expect(emailError("")).toMatch(/enter your email/i);
    expect(emailError("ada@example")).toMatch(/like name@example.com/);
    expect(emailError("ada example.com")).toMatch(/like name@example.com/);
  });

  it("applies the server's password length rules", () => {
    expect(newPasswordError("")).toMatch(/choose a password/i);
    expect(newPasswordError("a".repeat(9))).toMatch(/at least 10/);
    expect(newPasswordError("a".repeat(10))).toBeUndefined();
    expect(newPasswordError("a".repeat(128))).toBeUndefined();
    expect(newPasswordError("a".repeat(129))).toMatch(/at most 128/);
  });

  it("requires a name and a matching confirmation", () => {
    expect(nameError("   ")).toMatch(/enter your name/i);
    expect(nameError("Ada")).toBeUndefined();
    expect(nameError("\u200B\u202E")).toMatch(/visible character/);
    expect(nameError("a".repeat(101))).toBe("Name must be at most 100 characters.");
    expect(confirmPasswordError("correct horse", "correct horse")).toBeUndefined();
    expect(confirmPasswordError("correct horse", "correct house")).toMatch(/not the same/);
  });
});

describe("retryAfterSeconds", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterSeconds("42")).toBe(42);
    expect(retryAfterSeconds("0")).toBe(1);
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterSeconds("Wed, 01 Jan 2025 00:00:30 GMT", now)).toBe(30);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds("soon")).toBeUndefined();
  });
});
