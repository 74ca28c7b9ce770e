import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { authClient } from "../auth-client";
import { AlreadySignedIn } from "../components/already-signed-in";
import { AuthFormField } from "../components/auth-form-field";
import { AuthPage } from "../components/auth-page";
import { FormError } from "../components/form-notice";
import { SocialSignIn } from "../components/social-sign-in";
import { SubmitButton } from "../components/submit-button";
import { useAuthSubmit } from "../hooks/use-auth-submit";
import { useBookName } from "../hooks/use-book";
import { useFormFields } from "../hooks/use-form-fields";
import { useRefreshSession, useSession } from "../hooks/use-session";
import { currentPasswordError, emailError } from "../lib/auth-form-validation";
import { authRequest } from "../lib/auth-request";

const route = getRouteApi("/sign-in");

export function SignInPage() {
  const { redirect = "/", error: socialError } = route.useSearch();
  const session = useSession();
  const book = useBookName();
  const refreshSession = useRefreshSession();
  const navigate = useNavigate();
  const form = useFormFields({ email: "", password: "" }, (values) => ({
    email: emailError(values.email),
    password: currentPasswordError(values.password),
  }));
  const { pending, failure, onSubmit } = useAuthSubmit({
    form,
    request: (values) =>
      authRequest((hook) => authClient.signIn.email({ email: values.email.trim(), password: values.password }, hook)),
    onFailure: (failure) =>
      failure.code === "EMAIL_NOT_VERIFIED"
        ? "Confirm your email address first: use the link we sent you when you signed up."
        : failure.message,
    onSuccess: async (): Promise<"navigating"> => {
      // The next page may need the session: have it in the shared store before going there.
      await refreshSession();
      await navigate({ href: redirect, replace: true });
      return "navigating";
    },
  });

  // `pending` stays true after success until we navigate away: the form, not this notice, stays up.
  if (session.status === "signed-in" && !pending) {
    return (
      <AuthPage title="Sign in">
        <AlreadySignedIn name={session.user.name} redirect={redirect} />
      </AuthPage>
    );
  }

  return (
    <AuthPage title="Sign in">
      {socialError && (
        <FormError>
          Signing in with that account did not work ({socialError}). Try again, or use your email and password.
        </FormError>
      )}
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-busy={pending}>
        {failure && <FormError>{failure}</FormError>}
        <AuthFormField label="Email" type="email" autoComplete="username" {...form.field("email")} />
        <AuthFormField label="Password" type="password" autoComplete="current-password" {...form.field("password")} />
        <p className="form-aside">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
        <SubmitButton pending={pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <SocialSignIn redirect={redirect} errorPage={signInErrorPage(redirect)} />
      <p className="form-footer">
        New to {book}?{" "}
        <Link to="/sign-up" search={{ redirect: redirect === "/" ? undefined : redirect }}>
          Create an account
        </Link>
      </p>
    </AuthPage>
  );
}

function signInErrorPage(redirect: string): string {
  return redirect === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ redirect })}`;
}
