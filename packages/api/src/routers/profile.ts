import { profileOutput, profileUpsertInput } from "../profile/profile-schema";
import { readProfile } from "../profile/read-profile";
import { upsertProfile } from "../profile/upsert-profile";
import { protectedProcedure, router } from "../trpc";

export const profileRouter = router({
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
