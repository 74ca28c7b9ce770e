import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { authClient } from "../auth-client";
import { AuthPage } from "../components/auth-page";
import { FormError, FormSuccess } from "../components/form-notice";
import { NewPasswordFields } from "../components/new-password-fields";
import { SubmitButton } from "../components/submit-button";
import { useAuthSubmit } from "../hooks/use-auth-submit";
import { useFormFields } from "../hooks/use-form-fields";
import { useRefreshSession } from "../hooks/use-session";
import { confirmPasswordError, newPasswordError } from "../lib/auth-form-validation";
import { authRequest } from "../lib/auth-request";

const route = getRouteApi("/reset-password");

export function ResetPasswordPage() {
  const { token, error } = route.useSearch();
  const [tokenRefused, setTokenRefused] = useState(false);
  const [done, setDone] = useState(false);

  // The server sends unknown, used and expired links here with ?error=INVALID_TOKEN.
  if (token === undefined || error !== undefined || tokenRefused) return <InvalidResetLink />;
  if (done) return <PasswordChanged />;
  return <NewPasswordForm token={token} onDone={() => setDone(true)} onTokenRefused={() => setTokenRefused(true)} />;
}

interface NewPasswordFormProps {
  token: string;
  onDone: () => void;
  onTokenRefused: () => void;
}

function NewPasswordForm({ token, onDone, onTokenRefused }: NewPasswordFormProps) {
  const refreshSession = useRefreshSession();
  const form = useFormFields({ password: "", confirmation: "" }, (values) => ({
    password: newPasswordError(values.password),
    confirmation: confirmPasswordError(values.password, values.confirmation),
  }));
  const { pending, failure, onSubmit } = useAuthSubmit({
    form,
    request: (values) => authRequest((hook) => authClient.resetPassword({ newPassword: values.password, token }, hook)),
    onFailure: (failure) => {
      if (failure.code !== "INVALID_TOKEN") return failure.message;
      onTokenRefused();
      return undefined;
    },
    onSuccess: async () => {
      // The reset ended every session of the account, perhaps this browser's too: the header should
      // say so now, not when the session cookie cache runs out.
      await refreshSession({ authoritative: true });
      onDone();
      return undefined;
    },
  });

  return (
    <AuthPage title="Choose a new password">
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-busy={pending}>
        {failure && <FormError>{failure}</FormError>}
        <NewPasswordFields password={form.field("password")} confirmation={form.field("confirmation")} />
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save the new password
        </SubmitButton>
      </form>
    </AuthPage>
  );
}

function PasswordChanged() {
  return (
    <AuthPage title="Password changed">
      <FormSuccess>
        <p>Your password has been changed, and you have been signed out everywhere else.</p>
        <p>
          <Link to="/sign-in">Sign in with your new password</Link>
        </p>
      </FormSuccess>
    </AuthPage>
  );
}

function InvalidResetLink() {
  return (
    <AuthPage title="This link does not work">
      <FormError>
        <p>
          This password reset link is invalid: it may have been used already, or it is more than an hour old, or it was
          copied incompletely.
        </p>
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </FormError>
    </AuthPage>
  );
}
