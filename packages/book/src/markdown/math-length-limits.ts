/**
 * How far one length in a formula may reach, either way: 20em. That is ten `\qquad`s, more than
 * typesetting asks for (Temml's own widest space is the 6em arrow of a `{CD}` diagram; a book's
 * `\hspace{3cm}` is 7em), and about half a reading column, so no rule, kern, raise or padding
 * can cover the page or move text over the app around the article.
 */
export const MATH_LENGTH_LIMIT_EM = 20;

/** MathML's attributes that hold lengths, one or (the `mtable` spacings) several. */
export const LENGTH_ATTRIBUTES: readonly string[] = [
  "width",
  "height",
  "depth",
  "lspace",
  "rspace",
  "voffset",
  "minsize",
  "maxsize",
  "linethickness",
  "mathsize",
  "columnspacing",
  "rowspacing",
  "framespacing",
];

const LENGTH_UNITS = ["em", "ex", "mu", "px", "pt", "pc", "in", "cm", "mm"] as const;
type LengthUnit = (typeof LENGTH_UNITS)[number];

/**
 * Ems per unit, at the browser's default 16px to the em (absolute units reach as far as ems do
 * in body text); an ex as CSS's own fallback, half an em; a mu an eighteenth of an em, as in TeX.
 */
const EMS_PER_UNIT: Record<LengthUnit, number> = {
  em: 1,
  ex: 0.5,
  mu: 1 / 18,
  px: 1 / 16,
  pt: 1 / 12,
  pc: 1,
  in: 6,
  cm: 6 / 2.54,
  mm: 0.6 / 2.54,
};

/** MathML's multiples of the content's own size (Temml's `\llap` is `lspace="-1width"`). */
const CONTENT_UNITS = ["width", "height", "depth"] as const;
type ContentUnit = (typeof CONTENT_UNITS)[number];

/** `""` is a bare number. */
type Unit = LengthUnit | ContentUnit | "%" | "";

/** Every unit a MathML length attribute may have. */
export const ATTRIBUTE_UNITS: readonly Unit[] = [...LENGTH_UNITS, "%", "", ...CONTENT_UNITS];

/**
 * The largest magnitude in each unit, a whole number so that the sanitiser can check it. A
 * percentage is of the box the formula sits in or of the font, so all of it is the most any
 * needs; a bare number is read as ems (MathML's old "multiple of the default", at most an em);
 * content can be moved by its own size at most.
 */
function limitIn(unit: Unit): number {
  if (unit === "%") return 100;
  if (unit === "") return MATH_LENGTH_LIMIT_EM;
  if (isContentUnit(unit)) return 1;
  return Math.floor(MATH_LENGTH_LIMIT_EM / EMS_PER_UNIT[unit]);
}

export interface Length {
  sign: "" | "+" | "-";
  magnitude: number;
  unit: Unit;
}

const LENGTH = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)([a-z]*|%)$/i;

/** A MathML or CSS length (`-0.1667em`, `+2em`, `70%`, `0`, `-1width`), or undefined for anything else. */
export function readLength(text: string): Length | undefined {
  const [, sign = "", number = "", written = ""] = LENGTH.exec(text) ?? [];
  const unit = written.toLowerCase();
  if (number === "" || !isUnit(unit) || (sign !== "" && sign !== "+" && sign !== "-")) return undefined;
  return { sign, magnitude: Number(number), unit };
}

function isUnit(text: string): text is Unit {
  return text === "" || text === "%" || isLengthUnit(text) || isContentUnit(text);
}

function isLengthUnit(text: string): text is LengthUnit {
  return (LENGTH_UNITS as readonly string[]).includes(text);
}

function isContentUnit(text: string): text is ContentUnit {
  return (CONTENT_UNITS as readonly string[]).includes(text);
}

/** The length's magnitude in ems, when it has one (a percentage or a multiple of the content has not). */
export function emsOf(length: Length): number | undefined {
  if (length.unit === "") return length.magnitude;
  return isLengthUnit(length.unit) ? length.magnitude * EMS_PER_UNIT[length.unit] : undefined;
}

/** The length with its magnitude at most `ems`, in its own unit (for lengths that have ems). */
export function atMostEms(length: Length, ems: number): Length {
  const perUnit = isLengthUnit(length.unit) ? EMS_PER_UNIT[length.unit] : 1;
  return { ...length, magnitude: Math.min(length.magnitude, ems / perUnit) };
}

/** The length within its unit's limit. */
export function withinLimit(length: Length): Length {
  return { ...length, magnitude: Math.min(length.magnitude, limitIn(length.unit)) };
}

/** Written as Temml writes lengths: four decimals at most, rounded towards zero so that limits hold. */
export function writeLength(length: Length): string {
  const magnitude = Math.trunc(length.magnitude * 10_000) / 10_000;
  return magnitude === 0 ? `0${length.unit}` : `${length.sign}${magnitude}${length.unit}`;
}

/**
 * A regular expression source matching one length in one of `units`, no larger than its limit
 * (as `withinLimit` leaves it), for the sanitiser to refuse what was not clamped.
 */
export function boundedLengthSource(units: readonly Unit[]): string {
  const alternatives = units.map((unit) => `${atMost(limitIn(unit))}${unit}`);
  return `[+-]?(?:${alternatives.join("|")})`;
}

/** A decimal number from 0 to `limit` (a whole number), as a regular expression source. */
function atMost(limit: number): string {
  const digits = String(limit);
  const below = digits.length > 1 ? [`\\d{1,${digits.length - 1}}`] : [];
  for (const [index, digit] of [...digits].entries()) {
    if (digit !== "0") below.push(`${digits.slice(0, index)}[0-${Number(digit) - 1}]\\d{${digits.length - index - 1}}`);
  }
  const belowLimit = below.length === 0 ? "" : `(?:${below.join("|")})(?:\\.\\d*)?|`;
  return `(?:${belowLimit}${digits}(?:\\.0*)?|\\.\\d+)`;
}
