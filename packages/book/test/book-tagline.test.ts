import { describe, expect, it } from "vitest";
import { bookTagline } from "../src/render/book-tagline";

describe("the book's subtitle", () => {
  it("is whole sentences of the opening, as many as fit in about two lines", () => {
    const opening =
      "In full-stack TypeScript projects, keeping API contracts in sync between the client and server is a common pain point. " +
      "The library does this by leveraging TypeScript's type inference directly, with no code generation step, and catches problems at build time.";
    expect(bookTagline(opening)).toBe(
      "In full-stack TypeScript projects, keeping API contracts in sync between the client and server is a common pain point.",
    );
    expect(bookTagline("Fast. Small. Typed, e.g. in t.procedure calls.")).toBe(
      "Fast. Small. Typed, e.g. in t.procedure calls.",
    );
  });

  it("keeps a long first sentence whole rather than cut it", () => {
    const sentence = `Pagewise ${"really ".repeat(60)}works.`;
    expect(bookTagline(`${sentence} And more.`)).toBe(sentence);
    expect(bookTagline(`${sentence} And more.`)?.endsWith("…")).toBe(false);
  });

  it("is none when the opening only leads into a list", () => {
    expect(bookTagline("Prettier is an opinionated code formatter with support for:")).toBeUndefined();
    expect(bookTagline("")).toBeUndefined();
  });
});
