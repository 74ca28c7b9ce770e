import { useId } from "react";
import { useBookName } from "../../hooks/use-book";
import type { Profile } from "../../lib/api-types";
import { QuestionsPrivacyNote } from "./questions-privacy-note";

interface ConsentFieldProps {
  checked: boolean;
  error: string | undefined;
  consent: Profile["consent"];
  onChange: (checked: boolean) => void;
}

/** The explicit consent checkbox, with what it allows in plain words next to it. */
export function ConsentField({ checked, error, consent, onChange }: ConsentFieldProps) {
  const id = useId();
  const book = useBookName();
  return (
    <fieldset className="form-section consent">
      <legend>Your consent</legend>
      <div id={`${id}-explanation`} className="consent-explanation">
        <p>
          <strong>What we store and why.</strong> If you tick the box, {book} keeps the background you entered above
          with your account, and the assistant uses it to pitch its answers at your level. It is not shared with anyone
          or used for anything else.
        </p>
        <p>
          Without your consent we store none of it: only your answer style. You can withdraw consent at any time by
          unticking the box, and your background is erased at once. Each change of consent is recorded, with the date.
        </p>
        <QuestionsPrivacyNote />
      </div>
      <div className="checkbox-field">
        <input
          id={id}
          type="checkbox"
          name="consentGiven"
          checked={checked}
          aria-describedby={`${id}-explanation${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>I agree that {book} stores my background information to personalise answers.</label>
      </div>
      {consent && (
        <p className="field-hint">
          You agreed on <time dateTime={consent.updatedAt}>{new Date(consent.updatedAt).toLocaleDateString()}</time>{" "}
          (consent policy {consent.policyVersion}).
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
