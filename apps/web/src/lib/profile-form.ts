import type { AnswerStyle, BackgroundName, ExperienceLevel, Profile, ProfileUpsertInput } from "./api-types";

export const EXPERIENCE_LEVELS: readonly { value: ExperienceLevel; label: string }[] = [
  { value: "none", label: "No experience" },
  { value: "beginner", label: "Beginner" },
  { value: "intermediate", label: "Intermediate" },
  { value: "advanced", label: "Advanced" },
];

export const CONSENT_REQUIRED_MESSAGE = "Consent must be given to store background information";

/**
 * The profile form's state: plain strings, as the inputs hold them. "" level means "not stated".
 * It holds both backgrounds the API knows; the functions below take the ones the site asks about
 * (`asked`, from profile.backgrounds) and leave the others alone.
 */
export interface ProfileFormValues {
  softwareLevel: ExperienceLevel | "";
  languages: string;
  softwareNotes: string;
  hardwareLevel: ExperienceLevel | "";
  devices: string;
  hardwareNotes: string;
  answerStyle: AnswerStyle;
  consentGiven: boolean;
}

export function formValuesFrom(profile: Profile): ProfileFormValues {
  return {
    softwareLevel: profile.softwareBackground?.level ?? "",
    languages: profile.softwareBackground?.languages.join(", ") ?? "",
    softwareNotes: profile.softwareBackground?.notes ?? "",
    hardwareLevel: profile.hardwareBackground?.level ?? "",
    devices: profile.hardwareBackground?.devices.join(", ") ?? "",
    hardwareNotes: profile.hardwareBackground?.notes ?? "",
    answerStyle: profile.preferences.answerStyle,
    // Never ticked on the reader's behalf: only a consent they gave earlier shows as given.
    consentGiven: profile.consentGiven,
  };
}

/** "TypeScript, Rust ,  " → ["TypeScript", "Rust"], without repeats (the server allows 20 of 40 characters). */
export function splitList(value: string): string[] {
  const seen = new Set<string>();
  for (const item of value.split(/[,\n]/)) {
    const trimmed = item.trim();
    if (trimmed !== "") seen.add(trimmed);
  }
  return [...seen];
}

/** Whether the asked sections hold any background information, i.e. something that needs consent. */
export function hasBackground(values: ProfileFormValues, asked: readonly BackgroundName[]): boolean {
  const filled = (level: string, ...texts: string[]) => level !== "" || texts.some((text) => text.trim() !== "");
  return (
    (asked.includes("software") && filled(values.softwareLevel, values.languages, values.softwareNotes)) ||
    (asked.includes("hardware") && filled(values.hardwareLevel, values.devices, values.hardwareNotes))
  );
}

export type ProfileFormErrors = Partial<Record<keyof ProfileFormValues, string>>;

/** The checks the server makes on the asked sections, so the reader learns of them before sending anything. */
export function profileFormErrors(values: ProfileFormValues, asked: readonly BackgroundName[]): ProfileFormErrors {
  const errors: ProfileFormErrors = {};
  if (hasBackground(values, asked) && !values.consentGiven) {
    errors.consentGiven = "Tick the box to let us store your background, or clear the background fields.";
  }
  if (asked.includes("software")) {
    if (values.softwareLevel === "" && (values.languages.trim() !== "" || values.softwareNotes.trim() !== "")) {
      errors.softwareLevel = "Choose your software experience, or clear the languages and notes.";
    }
    errors.languages = listError(values.languages, "languages");
    errors.softwareNotes = notesError(values.softwareNotes);
  }
  if (asked.includes("hardware")) {
    if (values.hardwareLevel === "" && (values.devices.trim() !== "" || values.hardwareNotes.trim() !== "")) {
      errors.hardwareLevel = "Choose your hardware experience, or clear the devices and notes.";
    }
    errors.devices = listError(values.devices, "devices");
    errors.hardwareNotes = notesError(values.hardwareNotes);
  }
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
}

function listError(value: string, what: string): string | undefined {
  const items = splitList(value);
  if (items.length > 20) return `List at most 20 ${what}.`;
  if (items.some((item) => item.length > 40)) return `Keep each of the ${what} under 40 characters.`;
  return undefined;
}

function notesError(value: string): string | undefined {
  return value.trim().length > 500 ? "Keep notes under 500 characters." : undefined;
}

/**
 * What to send for a save. Without consent no background is sent at all (the server would refuse
 * it, and saving with consent withdrawn erases what it has); a section whose level is not stated,
 * or that the site does not ask about, is left out, which leaves it as the server has it: an
 * answer kept from when the site asked it is never lost by a save that does not show it.
 */
export function upsertInputFrom(values: ProfileFormValues, asked: readonly BackgroundName[]): ProfileUpsertInput {
  const input: ProfileUpsertInput = {
    preferences: { answerStyle: values.answerStyle },
    consentGiven: values.consentGiven,
  };
  if (!values.consentGiven) return input;
  if (asked.includes("software") && values.softwareLevel !== "") {
    input.softwareBackground = {
      level: values.softwareLevel,
      languages: splitList(values.languages),
      notes: values.softwareNotes.trim(),
    };
  }
  if (asked.includes("hardware") && values.hardwareLevel !== "") {
    input.hardwareBackground = {
      level: values.hardwareLevel,
      devices: splitList(values.devices),
      notes: values.hardwareNotes.trim(),
    };
  }
  return input;
}
