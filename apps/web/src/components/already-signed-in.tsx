import { Link } from "@tanstack/react-router";

/** Shown instead of the sign-in and sign-up forms to a reader who is signed in already. */
export function AlreadySignedIn({ name, redirect }: { name: string; redirect: string }) {
  return (
    <div className="notice">
      <p>
        You are signed in as <strong>{name}</strong>.
      </p>
      <p>
        <a href={redirect}>Continue</a> or go to <Link to="/account">your account</Link>.
      </p>
    </div>
  );
}
