import { type FormEvent, useId, useState } from "react";
import { authClient } from "../../auth-client";
import { useFormFields } from "../../hooks/use-form-fields";
import { confirmPasswordError, currentPasswordError, newPasswordError } from "../../lib/auth-form-validation";
import { authRequest } from "../../lib/auth-request";
import { trpc } from "../../trpc";
import { AuthFormField } from "../auth-form-field";
import { FormError } from "../form-notice";
import { NewPasswordFields } from "../new-password-fields";
import { SubmitButton } from "../submit-button";

export function ChangePasswordPanel() {
  const utils = trpc.useUtils();
  const signOutOthersId = useId();
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const form = useFormFields({ current: "", password: "", confirmation: "" }, (values) => ({
    current: currentPasswordError(values.current),
    password: newPasswordError(values.password),
    confirmation: confirmPasswordError(values.password, values.confirmation),
  }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const values = form.submit(event);
    if (values === undefined || pending) return;
    setPending(true);
    setFailure(undefined);
    setDone(false);
    const result = await authRequest((hook) =>
      authClient.changePassword(
        { currentPassword: values.current, newPassword: values.password, revokeOtherSessions: signOutOthers },
        hook,
      ),
    );
    setPending(false);
    if (!result.ok) {
      setFailure(
        result.failure.code === "INVALID_PASSWORD" ? "Your current password is not right." : result.failure.message,
      );
      return;
    }
    setDone(true);
    await utils.account.sessions.invalidate();
  };

  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <form className="auth-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={pending}>
        {failure && <FormError>{failure}</FormError>}
        {done && (
          <p className="notice notice-ok" role="status">
            Your password has been changed{signOutOthers ? ", and your other sessions signed out" : ""}.
          </p>
        )}
        <AuthFormField
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...form.field("current")}
        />
        <NewPasswordFields password={form.field("password")} confirmation={form.field("confirmation")} />
        <div className="checkbox-field">
          <input
            id={signOutOthersId}
            type="checkbox"
            checked={signOutOthers}
            onChange={(event) => setSignOutOthers(event.target.checked)}
          />
          <label htmlFor={signOutOthersId}>Sign out everywhere else</label>
        </div>
        <SubmitButton pending={pending} pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </form>
    </section>
  );
}
