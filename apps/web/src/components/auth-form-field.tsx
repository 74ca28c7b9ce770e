import { useId, useState } from "react";
import type { FieldBinding } from "../hooks/use-form-fields";

interface AuthFormFieldProps extends FieldBinding {
  label: string;
  type: "text" | "email" | "password";
  /** Tells browsers and password managers what to fill in ("email", "current-password", …). */
  autoComplete: string;
  hint?: string;
}

/**
 * A labelled input with its hint and inline error tied to it through aria-describedby, so a
 * screen reader reads them with the field. Password fields get a Show/Hide toggle: on a phone,
 * seeing what was typed prevents more mistakes than hiding it prevents shoulder-surfing.
 */
export function AuthFormField({ label, type, autoComplete, hint, error, ...binding }: AuthFormFieldProps) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ");
  const isPassword = type === "password";

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="field-control">
        <input
          id={id}
          type={isPassword && revealed ? "text" : type}
          autoComplete={autoComplete}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          // Names are the only field where the keyboard should capitalise or correct anything.
          autoCapitalize={type === "text" ? undefined : "none"}
          autoCorrect={type === "text" ? undefined : "off"}
          spellCheck={type === "text" ? undefined : false}
          {...binding}
        />
        {isPassword && (
          <button
            type="button"
            className="field-reveal"
            aria-controls={id}
            aria-pressed={revealed}
            onClick={() => setRevealed((current) => !current)}
          >
            {revealed ? "Hide" : "Show"}
            <span className="visually-hidden"> password</span>
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
