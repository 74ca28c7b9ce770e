import type { PagewiseDatabase, RowUpdate } from "@pagewise/db";
import { TRPCError } from "@trpc/server";
import { CONSENT_POLICY_VERSION, CONSENT_REQUIRED_MESSAGE } from "./consent";
import type { Profile, ProfileUpsertInput } from "./profile-schema";
import { toProfile } from "./read-profile";

const NO_BACKGROUND = {
  software_level: null,
  software_languages: null,
  software_notes: null,
  hardware_level: null,
  hardware_devices: null,
  hardware_notes: null,
} satisfies RowUpdate<"profile">;

/**
 * Saves one profile form, applying the consent rule in a single transaction:
 * background without consent is refused before anything is written; consent
 * set to false erases the stored background; every change of consent appends a
 * consent_event. The profile row is locked for the transaction, so concurrent
 * saves from two tabs apply one after the other and each keeps the other's
 * sections.
 */
export async function upsertProfile(
  db: PagewiseDatabase["db"],
  userId: string,
  input: ProfileUpsertInput,
): Promise<Profile> {
  if (!input.consentGiven && (input.softwareBackground || input.hardwareBackground)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: CONSENT_REQUIRED_MESSAGE });
  }

  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("profile")
      .values({ user_id: userId })
      .onConflict((oc) => oc.column("user_id").doNothing())
      .execute();
    const current = await trx
      .selectFrom("profile")
      .select("consent_given")
      .where("user_id", "=", userId)
      .forUpdate()
      .executeTakeFirstOrThrow();

    const consentChanged = current.consent_given !== input.consentGiven;
    const now = new Date();
    const changes: RowUpdate<"profile"> = {
      consent_given: input.consentGiven,
      updated_at: now,
      ...(consentChanged && {
        consent_policy_version: input.consentGiven ? CONSENT_POLICY_VERSION : null,
        consent_updated_at: now,
      }),
      ...(!input.consentGiven && NO_BACKGROUND),
      ...(input.softwareBackground && {
        software_level: input.softwareBackground.level,
        software_languages: input.softwareBackground.languages,
        software_notes: input.softwareBackground.notes,
      }),
      ...(input.hardwareBackground && {
        hardware_level: input.hardwareBackground.level,
        hardware_devices: input.hardwareBackground.devices,
        hardware_notes: input.hardwareBackground.notes,
      }),
      ...(input.preferences && { answer_style: input.preferences.answerStyle }),
    };
    const row = await trx
      .updateTable("profile")
      .set(changes)
      .where("user_id", "=", userId)
      .returningAll()
      .executeTakeFirstOrThrow();

    if (consentChanged) {
      await trx
        .insertInto("consent_event")
        .values({ user_id: userId, given: input.consentGiven, policy_version: CONSENT_POLICY_VERSION })
        .execute();
    }
    return toProfile(row);
  });
}
