import type { ReaderProfile } from "@pagewise/rag";
import type { Context } from "../context";
import { readProfile } from "../profile/read-profile";

/**
 * The caller's background and answer style for the assistant, or undefined
 * (the anonymous answer) when they are signed out or have not consented: the
 * consent that guards storing a background also guards using it.
 */
export async function readerProfileFor(ctx: Pick<Context, "db" | "session">): Promise<ReaderProfile | undefined> {
  if (ctx.session === null) return undefined;
  const profile = await readProfile(ctx.db, ctx.session.user.id);
  if (!profile.consentGiven) return undefined;
  return {
    software: profile.softwareBackground,
    hardware: profile.hardwareBackground,
    answerStyle: profile.preferences.answerStyle,
  };
}
