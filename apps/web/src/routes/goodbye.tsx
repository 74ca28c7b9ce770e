import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../hooks/use-document-title";

/** Where deleting an account lands: confirmation that it happened, and what still works without one. */
export function GoodbyePage() {
  useDocumentTitle("Account deleted");
  return (
    <section className="auth-page" aria-labelledby="pw-goodbye-heading">
      <h1 id="pw-goodbye-heading">Your account has been deleted</h1>
      <p>Everything stored with it has been erased. You can still read the documentation and ask questions.</p>
      <p>
        <Link to="/">Go to the assistant</Link>
      </p>
    </section>
  );
}
