import type { AskedBackground } from "../../lib/api-types";
import { EXPERIENCE_LEVELS, type ProfileFormErrors, type ProfileFormValues } from "../../lib/profile-form";
import { SelectField, TextAreaField, TextField } from "../form-fields";

// The wording of each background; which of them the site asks, and the examples of the list's
// hint, come from the server (PROFILE_BACKGROUNDS).
const SECTIONS = {
  software: {
    legend: "Software background",
    levelLabel: "Programming experience",
    level: "softwareLevel",
    list: "languages",
    listLabel: "Languages you use",
    notes: "softwareNotes",
  },
  hardware: {
    legend: "Hardware background",
    levelLabel: "Hardware experience",
    level: "hardwareLevel",
    list: "devices",
    listLabel: "Devices you work with",
    notes: "hardwareNotes",
  },
} as const;

const LEVEL_OPTIONS = [{ value: "", label: "Not stated" }, ...EXPERIENCE_LEVELS];

interface BackgroundFieldsetProps {
  asked: AskedBackground;
  values: ProfileFormValues;
  errors: ProfileFormErrors;
  onChange: (change: Partial<ProfileFormValues>) => void;
}

/** One background section of the profile form: level, a list, and free notes. */
export function BackgroundFieldset({ asked, values, errors, onChange }: BackgroundFieldsetProps) {
  const s = SECTIONS[asked.background];
  const examples = asked.examples.length > 0 ? `, e.g. ${asked.examples.join(", ")}` : "";
  return (
    <fieldset className="form-section">
      <legend>{s.legend}</legend>
      <SelectField
        label={s.levelLabel}
        name={s.level}
        value={values[s.level]}
        options={LEVEL_OPTIONS}
        error={errors[s.level]}
        onChange={(value) => {
          const level = LEVEL_OPTIONS.find((option) => option.value === value)?.value ?? "";
          onChange({ [s.level]: level });
        }}
      />
      <TextField
        label={s.listLabel}
        name={s.list}
        value={values[s.list]}
        hint={`Separated by commas${examples}.`}
        error={errors[s.list]}
        onChange={(value) => onChange({ [s.list]: value })}
      />
      <TextAreaField
        label="Notes (optional)"
        name={s.notes}
        value={values[s.notes]}
        hint="Anything else the assistant should know, in up to 500 characters."
        maxLength={500}
        error={errors[s.notes]}
        onChange={(value) => onChange({ [s.notes]: value })}
      />
    </fieldset>
  );
}
