import type { FieldBinding } from "../hooks/use-form-fields";
import { PASSWORD_HINT } from "../lib/auth-form-validation";
import { AuthFormField } from "./auth-form-field";

/** "New password" and "New password again", as every form that sets a password asks for them. */
export function NewPasswordFields({ password, confirmation }: { password: FieldBinding; confirmation: FieldBinding }) {
  return (
    <>
      <AuthFormField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        {...password}
      />
      <AuthFormField label="New password again" type="password" autoComplete="new-password" {...confirmation} />
    </>
  );
}
