import { z } from "zod";
import { askedBackground } from "../profile/profile-backgrounds";
import { profileOutput, profileUpsertInput } from "../profile/profile-schema";
import { readProfile } from "../profile/read-profile";
import { upsertProfile } from "../profile/upsert-profile";
import { protectedProcedure, publicProcedure, router } from "../trpc";

export const profileRouter = router({
  /**
   * The backgrounds this site's profile asks about (PROFILE_BACKGROUNDS), in order, with the
   * examples of their hints: the profile form shows these and no others. Public: it is the
   * site's configuration, the same for every reader.
   */
  backgrounds: publicProcedure.output(z.array(askedBackground)).query(({ ctx }) => [...ctx.profileBackgrounds]),

  get: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/profile", tags: ["profile"], summary: "The caller's profile" } })
    .output(profileOutput)
    .query(({ ctx }) => readProfile(ctx.db, ctx.session.user.id)),

  upsert: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/profile",
        tags: ["profile"],
        summary: "Save the caller's profile",
        description:
          "Background information is stored only when consentGiven is true; otherwise 400 'Consent must be given to store background information'. consentGiven=false erases stored background.",
      },
    })
    .input(profileUpsertInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => upsertProfile(ctx.db, ctx.session.user.id, input)),
});
