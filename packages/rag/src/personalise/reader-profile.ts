export type ExperienceLevel = "none" | "beginner" | "intermediate" | "advanced";

/**
 * What a signed-in reader who consented told us about themselves. Callers pass
 * it only with consent (see packages/api's personalisation glue); without one,
 * every answer is exactly what an anonymous reader gets.
 */
export interface ReaderProfile {
  software: { level: ExperienceLevel; languages: string[]; notes: string } | null;
  hardware: { level: ExperienceLevel; devices: string[]; notes: string } | null;
  answerStyle: "concise" | "detailed";
}

/** A reader new to software gets the book's introductions first. */
export function isBeginner(reader: ReaderProfile | undefined): boolean {
  const level = reader?.software?.level;
  return level === "none" || level === "beginner";
}
