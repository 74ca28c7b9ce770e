import { describe, expect, it } from "vitest";
import { originRefusalMessage } from "../../src/http/origin-refusal-message";

const trusted = ["http://127.0.0.1:3000", "https://partner.example"];
const dev = { listTrusted: true };

describe("the message of an Origin refusal", () => {
  it("names the origin received, the trusted ones and the variable that adds one", () => {
    expect(originRefusalMessage("https://evil.example", trusted, dev)).toBe(
      "Origin https://evil.example is not trusted by this server. Trusted origins: http://127.0.0.1:3000, https://partner.example. To accept it, add it to BETTER_AUTH_TRUSTED_ORIGINS.",
    );
  });

  it("tells a script without Origin which one to send", () => {
    for (const received of [undefined, "", "null"]) {
      const message = originRefusalMessage(received, trusted, dev);
      expect(message).toContain("has no Origin header");
      expect(message).toContain("Send `Origin: http://127.0.0.1:3000` (this server's BETTER_AUTH_URL)");
      expect(message).toContain("Trusted origins: http://127.0.0.1:3000, https://partner.example");
    }
  });

  it.each([
    ["http://localhost:3000", ["http://127.0.0.1:3000"], "http://127.0.0.1:3000"],
    ["http://127.0.0.1:3000", ["http://localhost:3000"], "http://localhost:3000"],
    ["http://[::1]:3000", ["http://localhost:3000"], "http://localhost:3000"],
  ])("points out that %s is not %s's twin", (received, origins, twin) => {
    const message = originRefusalMessage(received, origins, dev);
    expect(message).toContain(`localhost and 127.0.0.1 are different origins: send \`Origin: ${twin}\``);
    expect(message).toContain(`or add ${received} to BETTER_AUTH_TRUSTED_ORIGINS`);
  });

  it("gives no loopback hint when the port or scheme differs", () => {
    expect(originRefusalMessage("http://localhost:4000", ["http://127.0.0.1:3000"], dev)).not.toContain(
      "localhost and",
    );
    expect(originRefusalMessage("https://localhost:3000", ["http://127.0.0.1:3000"], dev)).not.toContain(
      "localhost and",
    );
  });

  it("lists each trusted origin once and quotes at most 200 characters of what was sent", () => {
    const message = originRefusalMessage(`https://${"a".repeat(500)}.example`, [trusted[0] ?? "", ...trusted], dev);
    expect(message).toContain("Trusted origins: http://127.0.0.1:3000, https://partner.example.");
    expect(message).toContain(`https://${"a".repeat(192)}…`);
    expect(message).not.toContain("a".repeat(193));
  });

  it("names no trusted origin but the server's own in production", () => {
    const production = { listTrusted: false };
    for (const received of ["https://evil.example", "http://localhost:3000", undefined]) {
      const message = originRefusalMessage(received, trusted, production);
      expect(message).not.toContain("partner.example");
      expect(message).toContain("BETTER_AUTH_TRUSTED_ORIGINS");
    }
    expect(originRefusalMessage("https://evil.example", trusted, production)).toBe(
      "Origin https://evil.example is not trusted by this server. To accept it, add it to BETTER_AUTH_TRUSTED_ORIGINS.",
    );
    expect(originRefusalMessage(undefined, trusted, production)).toContain("Send `Origin: http://127.0.0.1:3000`");
  });
});
