import { useId, useState } from "react";
import { authClient } from "../../auth-client";
import { useAuthSubmit } from "../../hooks/use-auth-submit";
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
  const form = useFormFields({ current: "", password: "", confirmation: "" }, (values) => ({
    current: currentPasswordError(values.current),
    password: newPasswordError(values.password),
    confirmation: confirmPasswordError(values.password, values.confirmation),
  }));
  const {
    pending,
    failure,
    succeeded: done,
    onSubmit,
  } = useAuthSubmit({
    form,
    request: (values) =>
      authRequest((hook) =>
        authClient.changePassword(
          { currentPassword: values.current, newPassword: values.password, revokeOtherSessions: signOutOthers },
          hook,
        ),
      ),
    onFailure: (failure) =>
      failure.code === "INVALID_PASSWORD" ? "Your current password is not right." : failure.message,
    onSuccess: async () => {
      await utils.account.sessions.invalidate();
      return undefined;
    },
  });

  return (
    <section className="panel" aria-labelledby="pw-password-heading">
      <h2 id="pw-password-heading">Change your password</h2>
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-busy={pending}>
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
