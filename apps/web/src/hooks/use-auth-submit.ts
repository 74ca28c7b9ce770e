import { type FormEvent, useState } from "react";
import type { AuthFailure, AuthResult } from "../lib/auth-request";

export interface AuthSubmitOptions<V, T> {
  /** The form's validation: the values when every field is valid (see useFormFields). */
  form: { submit(event: FormEvent<HTMLFormElement>): V | undefined };
  request(values: V): Promise<AuthResult<T>>;
  /**
   * Runs with the answer. Return "navigating" when it leaves the page: the form then stays busy
   * instead of flashing back to life (or to "already signed in") while the next page loads.
   */
  onSuccess?(data: T, values: V): Promise<"navigating" | undefined> | undefined;
  /** The sentence to show for a failure (default: the server's own), or undefined to show none. */
  onFailure?(failure: AuthFailure): string | undefined;
}

/**
 * The submit half of an auth form: validates, sends one request at a time, and keeps what the
 * form shows while and after it runs (busy, the failure, or success).
 */
export function useAuthSubmit<V, T>({ form, request, onSuccess, onFailure }: AuthSubmitOptions<V, T>) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [succeeded, setSucceeded] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    const values = form.submit(event);
    if (values === undefined || pending) return;
    setPending(true);
    setFailure(undefined);
    setSucceeded(false);
    const result = await request(values);
    if (!result.ok) {
      setPending(false);
      setFailure(onFailure ? onFailure(result.failure) : result.failure.message);
      return;
    }
    if ((await onSuccess?.(result.data, values)) === "navigating") return;
    setPending(false);
    setSucceeded(true);
  };

  return { pending, failure, succeeded, onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event) };
}
