import { z } from "zod";
import { safeText } from "../input/safe-text";
import { shownText } from "../input/shown-text";

/** The shapes of a reader's profile: procedure inputs and outputs are both derived from these. */

export const experienceLevel = z.enum(["none", "beginner", "intermediate", "advanced"]);
const shortLabel = safeText().trim().min(1, "must not be empty").max(40, "must be at most 40 characters");

export const softwareBackground = z.object({
  level: experienceLevel,
  languages: z.array(shortLabel).max(20, "at most 20 languages").default([]),
  notes: shownText().max(500, "must be at most 500 characters").default(""),
});

export const hardwareBackground = z.object({
  level: experienceLevel,
  devices: z.array(shortLabel).max(20, "at most 20 devices").default([]),
  notes: shownText().max(500, "must be at most 500 characters").default(""),
});

/**
 * A boolean that only `true` or `false` satisfy. The REST mirror's library
 * turns on coercion for plain z.boolean() schemas (in place, for tRPC too),
 * under which the string "false" would read as true: unacceptable for consent.
 */
export const strictBoolean = z.union([z.literal(true), z.literal(false)], { error: "must be true or false" });

export const preferences = z.object({
  answerStyle: z.enum(["concise", "detailed"]),
});

/**
 * One save from the profile form. Sections left out stay as they are, so two
 * tabs editing different sections never overwrite each other.
 */
export const profileUpsertInput = z.object({
  softwareBackground: softwareBackground.optional(),
  hardwareBackground: hardwareBackground.optional(),
  preferences: preferences.optional(),
  consentGiven: strictBoolean,
});

export const profileOutput = z.object({
  softwareBackground: softwareBackground.nullable(),
  hardwareBackground: hardwareBackground.nullable(),
  preferences,
  consentGiven: z.boolean(),
  /** The consent policy the reader agreed to, and when; null while they have not. */
  consent: z.object({ policyVersion: z.string(), updatedAt: z.string() }).nullable(),
});

export type ProfileUpsertInput = z.infer<typeof profileUpsertInput>;
export type Profile = z.infer<typeof profileOutput>;
