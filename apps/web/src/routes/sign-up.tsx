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
import { type AuthResult, authRequest } from "../lib/auth-request";

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
    request: (values) => signUpThenIn(values.name.trim(), values.email.trim(), values.password),
    onSuccess: async (outcome): Promise<"navigating" | undefined> => {
      // With REQUIRE_EMAIL_VERIFICATION the account exists but has no session until the link is used.
      if (outcome === "verify-email") {
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

/**
 * Signs up, then in. The server's sign-up answers alike whether or not the address already has an
 * account (so it tells nobody which addresses do), and starts no session: signing in with the same
 * password is what tells the new account from a taken address, and only to whoever knows its password.
 */
async function signUpThenIn(
  name: string,
  email: string,
  password: string,
): Promise<AuthResult<"signed-in" | "verify-email">> {
  const signedUp = await authRequest((hook) => authClient.signUp.email({ name, email, password }, hook));
  if (!signedUp.ok) return signedUp;
  // A server that still signs new accounts in at once (SIGN_UP_REVEALS_EXISTING_ACCOUNTS=true).
  if (signedUp.data.token !== null) return { ok: true, data: "signed-in" };
  const signedIn = await authRequest((hook) => authClient.signIn.email({ email, password }, hook));
  if (signedIn.ok) return { ok: true, data: "signed-in" };
  if (signedIn.failure.code === "EMAIL_NOT_VERIFIED") return { ok: true, data: "verify-email" };
  if (signedIn.failure.code !== "INVALID_EMAIL_OR_PASSWORD") return signedIn;
  return {
    ok: false,
    failure: {
      ...signedIn.failure,
      message:
        "This email address may already have an account. Sign in, or choose a new password with “Forgot your password?” on the sign-in page.",
    },
  };
}
