import { resolveVersion } from "@pagewise/rag";
import { TRPCError } from "@trpc/server";
import type { Context } from "../context";

/** The version a request names (or the last one when it names none); NOT_FOUND for one the site does not have. */
export async function bookVersion(ctx: Pick<Context, "db">, requested: string | undefined): Promise<string> {
  const version = await resolveVersion(ctx.db, requested);
  if (version === undefined) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: `The book has no version "${requested}": docs.book lists its versions.`,
    });
  }
  return version;
}
