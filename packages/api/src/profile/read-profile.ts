import type { PagewiseDatabase, Row } from "@pagewise/db";
import type { Profile } from "./profile-schema";

/** The caller's profile, or the well-defined empty one when they have never saved it. */
export async function readProfile(db: PagewiseDatabase["db"], userId: string): Promise<Profile> {
  const row = await db.selectFrom("profile").selectAll().where("user_id", "=", userId).executeTakeFirst();
  return row ? toProfile(row) : EMPTY_PROFILE;
}

export const EMPTY_PROFILE: Profile = {
  softwareBackground: null,
  hardwareBackground: null,
  preferences: { answerStyle: "concise" },
  consentGiven: false,
  consent: null,
};

export function toProfile(row: Row<"profile">): Profile {
  return {
    softwareBackground:
      row.software_level === null
        ? null
        : {
            level: level(row.software_level),
            languages: row.software_languages ?? [],
            notes: row.software_notes ?? "",
          },
    hardwareBackground:
      row.hardware_level === null
        ? null
        : { level: level(row.hardware_level), devices: row.hardware_devices ?? [], notes: row.hardware_notes ?? "" },
    preferences: { answerStyle: row.answer_style === "detailed" ? "detailed" : "concise" },
    consentGiven: row.consent_given,
    consent:
      row.consent_given && row.consent_policy_version && row.consent_updated_at
        ? { policyVersion: row.consent_policy_version, updatedAt: new Date(row.consent_updated_at).toISOString() }
        : null,
  };
}

const LEVELS = ["none", "beginner", "intermediate", "advanced"] as const;
function level(value: string): (typeof LEVELS)[number] {
  return LEVELS.find((known) => known === value) ?? "none";
}
