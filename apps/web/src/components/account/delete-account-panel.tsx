import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { authClient } from "../../auth-client";
import { useFormFields } from "../../hooks/use-form-fields";
import { useRefreshSession } from "../../hooks/use-session";
import { currentPasswordError } from "../../lib/auth-form-validation";
import { authRequest } from "../../lib/auth-request";
import { whileSignOutExpected } from "../../lib/expected-sign-out";
import { AuthFormField } from "../auth-form-field";
import { ConfirmDialog } from "../confirm-dialog";
import { FormError } from "../form-notice";

/** Deleting the account: the password again, then a confirmation, then everything is gone. */
export function DeleteAccountPanel() {
  const navigate = useNavigate();
  const refreshSession = useRefreshSession();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const form = useFormFields({ password: "" }, (values) => ({ password: currentPasswordError(values.password) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (form.submit(event) === undefined) return;
    setFailure(undefined);
    setConfirming(true);
  };

  const deleteAccount = () =>
    // Until /goodbye is on screen, losing the session must not send the reader to sign in.
    whileSignOutExpected(async () => {
      setPending(true);
      const result = await authRequest((hook) => authClient.deleteUser({ password: form.values.password }, hook));
      setPending(false);
      setConfirming(false);
      if (!result.ok) {
        setFailure(result.failure.code === "INVALID_PASSWORD" ? "That password is not right." : result.failure.message);
        return;
      }
      await navigate({ to: "/goodbye", replace: true });
      await refreshSession({ authoritative: true });
    });

  return (
    <section className="panel panel-danger" aria-labelledby="pw-delete-heading">
      <h2 id="pw-delete-heading">Delete your account</h2>
      <p>
        This erases your account, profile, consent history and sessions for good. Download your data first if you want
        to keep a copy.
      </p>
      <form className="auth-form" noValidate onSubmit={onSubmit}>
        {failure && <FormError>{failure}</FormError>}
        <AuthFormField
          label="Your password, to confirm"
          type="password"
          autoComplete="current-password"
          {...form.field("password")}
        />
        <button type="submit" className="button-danger">
          Delete my account…
        </button>
      </form>
      <ConfirmDialog
        open={confirming}
        title="Delete your account?"
        confirmLabel="Delete for good"
        danger
        pending={pending}
        onConfirm={() => void deleteAccount()}
        onCancel={() => setConfirming(false)}
      >
        <p>Your account and everything stored with it will be erased. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
