import { type ReactNode, useId } from "react";
import { useDocumentTitle } from "../hooks/use-document-title";

/** The frame every account page shares: a narrow column with its heading, which also names the tab. */
export function AuthPage({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  useDocumentTitle(title);
  return (
    <section className="auth-page" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </section>
  );
}
