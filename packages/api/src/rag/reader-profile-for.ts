import type { ReaderProfile } from "@pagewise/rag";
import type { Context } from "../context";
import type { BackgroundName } from "../profile/profile-backgrounds";
import { readProfile } from "../profile/read-profile";

/**
 * The caller's background and answer style for the assistant, or undefined
 * (the anonymous answer) when they are signed out or have not consented: the
 * consent that guards storing a background also guards using it. Only the backgrounds the
 * profile asks about (PROFILE_BACKGROUNDS) count: one kept from when the site asked it is not
 * shown to the reader, so it must not shape their answers either.
 */
export async function readerProfileFor(
  ctx: Pick<Context, "db" | "session" | "profileBackgrounds">,
): Promise<ReaderProfile | undefined> {
  if (ctx.session === null) return undefined;
  const profile = await readProfile(ctx.db, ctx.session.user.id);
  if (!profile.consentGiven) return undefined;
  const asked = (name: BackgroundName) => ctx.profileBackgrounds.some(({ background }) => background === name);
  return {
    software: asked("software") ? profile.softwareBackground : null,
    hardware: asked("hardware") ? profile.hardwareBackground : null,
    answerStyle: profile.preferences.answerStyle,
  };
}
