import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { authClient } from "../auth-client";
import { AlreadySignedIn } from "../components/already-signed-in";
import { AuthFormField } from "../components/auth-form-field";
import { AuthPage } from "../components/auth-page";
import { FormError, FormSuccess } from "../components/form-notice";
import { SocialSignIn } from "../components/social-sign-in";
import { SubmitButton } from "../components/submit-button";
import { useAuthSubmit } from "../hooks/use-auth-submit";
import { useFormFields } from "../hooks/use-form-fields";
import { useRefreshSession, useSession } from "../hooks/use-session";
import { emailError, nameError, newPasswordError, PASSWORD_HINT } from "../lib/auth-form-validation";
import { authRequest } from "../lib/auth-request";

const route = getRouteApi("/sign-up");

export function SignUpPage() {
  const { redirect = "/" } = route.useSearch();
  const session = useSession();
  const refreshSession = useRefreshSession();
  const navigate = useNavigate();
  const [mustVerify, setMustVerify] = useState(false);
  const form = useFormFields({ name: "", email: "", password: "" }, (values) => ({
    name: nameError(values.name),
    email: emailError(values.email),
    password: newPasswordError(values.password),
  }));
  const { pending, failure, onSubmit } = useAuthSubmit({
    form,
    request: (values) =>
      authRequest((hook) =>
        authClient.signUp.email(
          { name: values.name.trim(), email: values.email.trim(), password: values.password },
          hook,
        ),
      ),
    onSuccess: async (data): Promise<"navigating" | undefined> => {
      // With REQUIRE_EMAIL_VERIFICATION the account exists but has no session until the link is used.
      if (data.token === null) {
        setMustVerify(true);
        return undefined;
      }
      await refreshSession();
      await navigate({ href: redirect, replace: true });
      return "navigating";
    },
  });

  if (mustVerify) {
    return (
      <AuthPage title="Check your email">
        <FormSuccess>
          <p>
            We sent a link to <strong>{form.values.email.trim()}</strong>. Open it to confirm your address, then sign
            in.
          </p>
        </FormSuccess>
      </AuthPage>
    );
  }

  if (session.status === "signed-in" && !pending) {
    return (
      <AuthPage title="Create an account">
        <AlreadySignedIn name={session.user.name} redirect={redirect} />
      </AuthPage>
    );
  }

  return (
    <AuthPage title="Create an account" lead="An account keeps your profile, which shapes the assistant's answers.">
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-busy={pending}>
        {failure && <FormError>{failure}</FormError>}
        <AuthFormField label="Name" type="text" autoComplete="name" {...form.field("name")} />
        <AuthFormField label="Email" type="email" autoComplete="email" {...form.field("email")} />
        <AuthFormField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          {...form.field("password")}
        />
        <SubmitButton pending={pending} pendingLabel="Creating your account…">
          Create account
        </SubmitButton>
      </form>
      <SocialSignIn redirect={redirect} errorPage="/sign-in" />
      <p className="form-footer">
        Already have an account?{" "}
        <Link to="/sign-in" search={{ redirect: redirect === "/" ? undefined : redirect }}>
          Sign in
        </Link>
      </p>
    </AuthPage>
  );
}
