import { describe, expect, it } from "vitest";
import { stripInvisibleCharacters } from "../src/invisible-characters";
import { checkName, MAX_NAME_LENGTH } from "../src/name-rules";

const BIDI_CONTROLS = ["\u061C", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E"];
const ISOLATES = ["\u2066", "\u2067", "\u2068", "\u2069"];
const ZERO_WIDTH = ["\u00AD", "\u180E", "\u200B", "\u200C", "\u200D", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064"];
const EVERY_INVISIBLE = [...BIDI_CONTROLS, ...ISOLATES, ...ZERO_WIDTH, "\uFEFF"];

describe("stripInvisibleCharacters", () => {
  const codes = EVERY_INVISIBLE.map((character) => [hex(character), character]);
  it.each(codes)("removes U+%s", (_code, character) => {
    expect(stripInvisibleCharacters(`a${character}b${character}`)).toBe("ab");
  });

  it("keeps visible text as it is: letters of any script, spaces, emoji and their variation selectors", () => {
    for (const text of ["Ada Lovelace", "  Zoë  ", "محمد", "שלום", "李小龍", "👍🏽", "❤️", "a\tb"]) {
      expect(stripInvisibleCharacters(text)).toBe(text);
    }
  });

  it("undoes a right-to-left override that would show 'exe.txt' for 'txt.exe'", () => {
    expect(stripInvisibleCharacters("Eve\u202Etxt.exe\u202C")).toBe("Evetxt.exe");
  });

  it("turns a joined emoji into its parts (the zero-width joiner goes too)", () => {
    expect(stripInvisibleCharacters("👩\u200D💻")).toBe("👩💻");
  });
});

describe("checkName", () => {
  it("answers the name without invisible characters, trimmed", () => {
    expect(checkName(" \u200BAda\u202E Love\u2066lace\uFEFF ")).toEqual({ ok: true, name: "Ada Lovelace" });
  });

  it("refuses a name of invisible characters and spaces only, unless an empty name is allowed", () => {
    expect(checkName("\u200B\u202E \u2066\u200D")).toMatchObject({ ok: false, code: "NAME_REQUIRED" });
    expect(checkName("")).toMatchObject({ ok: false, code: "NAME_REQUIRED" });
    expect(checkName("\u200B", { allowEmpty: true })).toEqual({ ok: true, name: "" });
  });

  it(`takes ${MAX_NAME_LENGTH} characters, counted after stripping and emoji counted once, and refuses more`, () => {
    expect(checkName("a".repeat(MAX_NAME_LENGTH))).toEqual({ ok: true, name: "a".repeat(MAX_NAME_LENGTH) });
    expect(checkName(`${"a".repeat(MAX_NAME_LENGTH)}\u200B\u200B`)).toMatchObject({ ok: true });
    expect(checkName("😀".repeat(MAX_NAME_LENGTH))).toMatchObject({ ok: true });
    expect(checkName("a".repeat(MAX_NAME_LENGTH + 1))).toEqual({
      ok: false,
      code: "NAME_TOO_LONG",
      message: "Name must be at most 100 characters.",
    });
    expect(checkName("x".repeat(60_000), { allowEmpty: true })).toMatchObject({ ok: false, code: "NAME_TOO_LONG" });
  });

  it("refuses what is not text", () => {
    for (const value of [null, 42, {}, ["Ada"], true]) {
      expect(checkName(value)).toMatchObject({ ok: false, code: "INVALID_NAME", message: "Name must be text." });
    }
  });
});

function hex(character: string): string {
  return (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}
