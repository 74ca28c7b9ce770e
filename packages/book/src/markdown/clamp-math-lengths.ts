import type { Element } from "hast";
import {
  atMostEms,
  emsOf,
  LENGTH_ATTRIBUTES,
  type Length,
  MATH_LENGTH_LIMIT_EM,
  readLength,
  withinLimit,
  writeLength,
} from "./math-length-limits";

/** A length with a unit inside a CSS declaration, its sign included (`margin-left:-3em`, `padding:2em 0 0 0`). */
const STYLE_LENGTH = /(?<![\w.#-])[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:em|ex|mu|px|pt|pc|in|cm|mm|%)(?![\w%])/gi;

/**
 * Keeps every length in a formula (Temml's MathML) within MATH_LENGTH_LIMIT_EM, so that no
 * `\rule`, `\kern`, `\hspace`, `\raisebox` or `\arraystretch` can deface the page, and what is
 * stored is already safe. Lengths that move content out of the formula's own box (negative
 * kerns and margins, raised or lowered content) also share one budget of that size per formula,
 * since a hundred `\kern-20em` would pull text as far as one `\kern-2000em`. A length attribute
 * holding anything but lengths is dropped: MathML's default is always a safe one. Formulas in
 * ordinary use are left exactly as Temml wrote them.
 */
export function clampMathLengths(math: Element): void {
  let budget = MATH_LENGTH_LIMIT_EM;
  const clamp = (length: Length, moves: boolean): Length => {
    const limited = withinLimit(length);
    const ems = emsOf(limited);
    if (!(moves || limited.sign === "-") || ems === undefined) return limited;
    const shortened = atMostEms(limited, budget);
    budget -= Math.min(ems, budget);
    return shortened;
  };
  const clampText = (text: string, moves: boolean): string | undefined => {
    const length = readLength(text);
    if (length === undefined) return undefined;
    const clamped = clamp(length, moves);
    return clamped.magnitude === length.magnitude ? text : writeLength(clamped);
  };
  const visit = (element: Element) => {
    const properties = element.properties;
    for (const name of LENGTH_ATTRIBUTES) {
      const value = properties[name];
      if (value === undefined || value === null) continue;
      const tokens = String(value).trim().split(/\s+/);
      const clamped = tokens.map((token) => clampText(token, name === "voffset"));
      if (clamped.some((token) => token === undefined)) delete properties[name];
      else if (clamped.some((token, index) => token !== tokens[index])) properties[name] = clamped.join(" ");
    }
    if (typeof properties.style === "string")
      properties.style = properties.style.replace(STYLE_LENGTH, (text) => clampText(text, false) ?? text);
    for (const child of element.children) if (child.type === "element") visit(child);
  };
  visit(math);
}
