import { splitCitationMarkers } from "@pagewise/client/answer-format";
import { describe, expect, it } from "vitest";
import { fillDailySeries } from "../src/lib/daily-series";
import { docHref, parseDocUrl } from "../src/lib/doc-links";
import { splitMarkedSnippet } from "../src/lib/marked-snippet";
import { type ProfileFormValues, profileFormErrors, upsertInputFrom } from "../src/lib/profile-form";
import { describeDevice } from "../src/lib/user-agent";

describe("splitMarkedSnippet", () => {
  it("splits at <mark> and keeps any other markup as text", () => {
    expect(splitMarkedSnippet("a <mark>SMTP</mark>_URL <b>x</b> <mark>y</mark>")).toEqual([
      { text: "a ", marked: false },
      { text: "SMTP", marked: true },
      { text: "_URL <b>x</b> ", marked: false },
      { text: "y", marked: true },
    ]);
    expect(splitMarkedSnippet("<mark><script>alert(1)</script></mark>")).toEqual([
      { text: "<script>alert(1)</script>", marked: true },
    ]);
  });
});

describe("splitCitationMarkers", () => {
  it("links only numbers that have a citation", () => {
    expect(splitCitationMarkers("Use SMTP_URL [1]. Arrays start at [0]. See [2, 3].", new Set([1, 2, 3]))).toEqual([
      { kind: "text", text: "Use SMTP_URL " },
      { kind: "citation", n: 1 },
      { kind: "text", text: ". Arrays start at [0]. See " },
      { kind: "citation", n: 2 },
      { kind: "citation", n: 3 },
      { kind: "text", text: "." },
    ]);
  });
});

describe("doc links", () => {
  it("reads the server's citation URLs, the book's home page included", () => {
    expect(parseDocUrl("/docs/configuration#email")).toEqual({ slug: "configuration", anchor: "email" });
    expect(parseDocUrl("/docs/#quick-start")).toEqual({ slug: "", anchor: "quick-start" });
    expect(parseDocUrl("/docs/server/routers")).toEqual({ slug: "server/routers", anchor: "" });
    expect(parseDocUrl("https://evil.example/docs/x")).toBeUndefined();
    expect(docHref({ slug: "", anchor: "quick-start" })).toBe("/docs#quick-start");
  });
});

describe("profile form", () => {
  const values: ProfileFormValues = {
    softwareLevel: "intermediate",
    languages: "TypeScript, Python, TypeScript, ",
    softwareNotes: "",
    hardwareLevel: "",
    devices: "",
    hardwareNotes: "",
    answerStyle: "concise",
    consentGiven: false,
  };
  const both = ["software", "hardware"] as const;

  it("refuses background without consent, and sends none", () => {
    expect(profileFormErrors(values, both).consentGiven).toMatch(/Tick the box/);
    expect(upsertInputFrom(values, both)).toEqual({ preferences: { answerStyle: "concise" }, consentGiven: false });
  });

  it("sends the stated sections with consent, lists split and without repeats", () => {
    const consented = { ...values, consentGiven: true };
    expect(profileFormErrors(consented, both)).toEqual({});
    expect(upsertInputFrom(consented, both)).toEqual({
      preferences: { answerStyle: "concise" },
      consentGiven: true,
      softwareBackground: { level: "intermediate", languages: ["TypeScript", "Python"], notes: "" },
    });
  });

  it("asks for a level when there are details without one", () => {
    expect(profileFormErrors({ ...values, softwareLevel: "", consentGiven: true }, both).softwareLevel).toMatch(
      /Choose/,
    );
  });

  it("leaves a background the site does not ask about as the server has it: neither checked nor sent", () => {
    // A hardware answer kept from when the site asked it, with details a level-less form would refuse.
    const kept = { ...values, consentGiven: true, hardwareLevel: "beginner" as const, devices: "Arduino" };
    expect(upsertInputFrom(kept, ["software"])).toEqual({
      preferences: { answerStyle: "concise" },
      consentGiven: true,
      softwareBackground: { level: "intermediate", languages: ["TypeScript", "Python"], notes: "" },
    });
    expect(profileFormErrors({ ...kept, hardwareLevel: "", devices: "x".repeat(41) }, ["software"])).toEqual({});
    // Nothing asked holds a background: no consent is needed to save the answer style.
    expect(profileFormErrors({ ...kept, softwareLevel: "", languages: "", consentGiven: false }, ["software"])).toEqual(
      {},
    );
  });
});

describe("small helpers", () => {
  it("fills the days the server left out", () => {
    const series = fillDailySeries([{ day: "2025-01-02", count: 3 }], 3, new Date("2025-01-03T12:00:00Z"));
    expect(series).toEqual([
      { day: "2025-01-01", count: 0 },
      { day: "2025-01-02", count: 3 },
      { day: "2025-01-03", count: 0 },
    ]);
  });

  it("names devices", () => {
    expect(
      describeDevice(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
      ),
    ).toBe("Chrome on Linux");
    expect(describeDevice(null)).toBe("Unknown device");
  });
});
