import { type ChangeEvent, type FormEvent, useState } from "react";

type Values<K extends string> = Record<K, string>;
type Errors<K extends string> = Partial<Record<K, string | undefined>>;

export interface FieldBinding {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

/**
 * Controlled form fields with inline validation that does not nag: a field's error appears once
 * the reader has typed in it and left it, or has tried to submit, and then follows every
 * keystroke until it is fixed. On a submit with errors, focus moves to the first invalid field.
 */
export function useFormFields<K extends string>(initial: Values<K>, validate: (values: Values<K>) => Errors<K>) {
  const [values, setValues] = useState(initial);
  const [visited, setVisited] = useState<Partial<Record<K, true>>>({});
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const errors = validate(values);

  const field = (name: K): FieldBinding => ({
    name,
    value: values[name],
    error: submitAttempted || visited[name] ? errors[name] : undefined,
    onChange: (event) => {
      const { value } = event.target;
      setValues((current) => ({ ...current, [name]: value }));
    },
    onBlur: () => {
      // Tabbing through an empty field is not a mistake yet.
      if (values[name] !== "") setVisited((current) => ({ ...current, [name]: true }));
    },
  });

  /** Call from onSubmit: the values when every field is valid, otherwise undefined (with focus on the first error). */
  const submit = (event: FormEvent<HTMLFormElement>): Values<K> | undefined => {
    event.preventDefault();
    setSubmitAttempted(true);
    const invalid = new Set(
      Object.entries(errors)
        .filter(([, message]) => message !== undefined)
        .map(([name]) => name),
    );
    if (invalid.size === 0) return values;
    // The first invalid field in the form's own order, which is the order the reader sees.
    const firstInvalid = Array.from(event.currentTarget.elements).find(
      (element) => element instanceof HTMLInputElement && invalid.has(element.name),
    );
    if (firstInvalid instanceof HTMLInputElement) firstInvalid.focus();
    return undefined;
  };

  return { values, field, submit };
}
