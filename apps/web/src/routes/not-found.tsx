import { Link } from "@tanstack/react-router";

export function NotFoundPage() {
  return (
    <section aria-labelledby="pw-not-found-heading">
      <h1 id="pw-not-found-heading">Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}
