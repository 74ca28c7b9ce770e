import { z } from "zod";

/**
 * Which backgrounds the profile asks readers about (PROFILE_BACKGROUNDS). A profile can hold a
 * software and a hardware background, and the API keeps accepting and returning both; but most
 * books are about software, so a site asks only what fits its book. A background it does not ask
 * is not shown to readers nor used by the assistant, and an answer stored earlier is kept.
 */

export const backgroundName = z.enum(["software", "hardware"]);
export type BackgroundName = z.infer<typeof backgroundName>;

const MAX_EXAMPLES = 6;
const MAX_EXAMPLE_LENGTH = 40;

/** One background the profile asks about, with the examples its list's hint gives ("e.g. …"). */
export const askedBackground = z.object({
  background: backgroundName,
  examples: z.array(z.string()),
});
export type AskedBackground = z.infer<typeof askedBackground>;

/** The hints' examples when the setting gives none: the ones the profile always showed. */
export const DEFAULT_EXAMPLES: Record<BackgroundName, string[]> = {
  software: ["TypeScript", "Python"],
  hardware: ["Raspberry Pi", "Arduino"],
};

/** A software book's profile: the software background only. */
export const DEFAULT_PROFILE_BACKGROUNDS: readonly AskedBackground[] = [
  { background: "software", examples: DEFAULT_EXAMPLES.software },
];

/**
 * PROFILE_BACKGROUNDS as written: backgrounds separated by `|`, in the order the profile asks
 * them, each a name optionally followed by `:` and comma-separated examples for its hint, e.g.
 * `software | hardware: Jetson Nano, ROS 2 robots`. A bad value is a zod issue, so start-up
 * reports it with the variable's name like any other.
 */
export const profileBackgroundsSetting = z.string().transform((value, ctx): AskedBackground[] => {
  const asked: AskedBackground[] = [];
  let refused = false;
  const refuse = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    refused = true;
  };
  for (const entry of value.split("|")) {
    // Empty entries (a trailing `|`) are skipped, as in BOOK_QUESTIONS.
    if (entry.trim() === "") continue;
    const [name = "", ...rest] = entry.split(":");
    const background = backgroundName.safeParse(name.trim().toLowerCase());
    if (!background.success) {
      refuse(`names "${name.trim()}", which is not a background: use software and/or hardware, separated by |`);
      continue;
    }
    if (asked.some((known) => known.background === background.data)) {
      refuse(`names ${background.data} twice`);
      continue;
    }
    const examples = rest
      .join(":")
      .split(",")
      .map((example) => example.trim())
      .filter(Boolean);
    if (examples.length > MAX_EXAMPLES || examples.some((example) => example.length > MAX_EXAMPLE_LENGTH)) {
      refuse(
        `gives ${background.data} too many or too long examples: at most ${MAX_EXAMPLES}, of ${MAX_EXAMPLE_LENGTH} characters each`,
      );
      continue;
    }
    asked.push({
      background: background.data,
      examples: examples.length > 0 ? examples : DEFAULT_EXAMPLES[background.data],
    });
  }
  if (asked.length === 0 && !refused) refuse("must name at least one background: software and/or hardware");
  return asked;
});
