import { Link } from "@tanstack/react-router";
import { authClient } from "../auth-client";
import { AuthFormField } from "../components/auth-form-field";
import { AuthPage } from "../components/auth-page";
import { FormError, FormSuccess } from "../components/form-notice";
import { SubmitButton } from "../components/submit-button";
import { useAuthSubmit } from "../hooks/use-auth-submit";
import { useFormFields } from "../hooks/use-form-fields";
import { emailError } from "../lib/auth-form-validation";
import { authRequest } from "../lib/auth-request";

// Where the emailed link lands (the server checks the token first and adds ?token= or ?error=).
const RESET_PAGE = "/reset-password";

export function ForgotPasswordPage() {
  const form = useFormFields({ email: "" }, (values) => ({ email: emailError(values.email) }));
  const {
    pending,
    failure,
    succeeded: sent,
    onSubmit,
  } = useAuthSubmit({
    form,
    request: (values) =>
      authRequest((hook) =>
        authClient.requestPasswordReset({ email: values.email.trim(), redirectTo: RESET_PAGE }, hook),
      ),
  });

  if (sent) {
    return (
      <AuthPage title="Check your email">
        {/* The same words whatever the address: the page must not reveal who has an account. */}
        <FormSuccess>
          <p>
            If an account exists for that email, we sent a link to choose a new password. The link works once, for one
            hour.
          </p>
          <p>Nothing arrived after a few minutes? Check your spam folder, or try again.</p>
        </FormSuccess>
        <p className="form-footer">
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </AuthPage>
    );
  }

  return (
    <AuthPage title="Forgot your password?" lead="Enter your email and we'll send you a link to choose a new one.">
      <form className="auth-form" noValidate onSubmit={onSubmit} aria-busy={pending}>
        {failure && <FormError>{failure}</FormError>}
        <AuthFormField label="Email" type="email" autoComplete="email" {...form.field("email")} />
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send the link
        </SubmitButton>
      </form>
      <p className="form-footer">
        Remembered it? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthPage>
  );
}
