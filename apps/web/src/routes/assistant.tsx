import { Link } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { QuestionForm } from "../components/assistant/question-form";
import { ThreadTurn } from "../components/assistant/thread-turn";
import { DocLink } from "../components/doc-link";
import { useAsk } from "../hooks/use-ask";
import { useBook } from "../hooks/use-book";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useReadingVersion } from "../hooks/use-reading-version";
import { useSession } from "../hooks/use-session";
import { threadStore, useThread } from "../hooks/use-thread";
import { lastVersion } from "../lib/book-versions";

/** The home page: ask the book a question; answers cite the pages they come from. */
export function AssistantPage() {
  useDocumentTitle("Ask the docs");
  const thread = useThread();
  const ask = useAsk();
  const busy = thread.some((turn) => turn.status === "pending" || turn.status === "streaming");
  const endRef = useRef<HTMLDivElement>(null);
  const count = thread.length;
  const book = useBook();
  const session = useSession();
  const questions = book?.questions ?? [];
  // On a versioned site, answers come from the version last read in this tab (useAsk sends it),
  // else from the last one: the reader is told which.
  const { versions, version } = useReadingVersion();
  const answering = versions.length > 1 ? (version ?? lastVersion(versions)) : undefined;

  // Keep the newest question in view as the thread grows.
  useEffect(() => {
    if (count > 0) endRef.current?.scrollIntoView({ block: "nearest" });
  }, [count]);

  return (
    <section className="assistant" aria-labelledby="pw-assistant-heading">
      <h1 id="pw-assistant-heading">{book === undefined ? "Ask the docs" : `Ask ${book.title}`}</h1>
      {book?.tagline && <p className="tagline">{book.tagline}</p>}
      <p className="lead">
        Questions are answered from{" "}
        {answering === undefined ? (
          <Link to="/docs">the book</Link>
        ) : (
          <>
            <DocLink slug={answering.homeSlug ?? answering.path} anchor="">
              the book
            </DocLink>{" "}
            (version {answering.label})
          </>
        )}
        , with numbered sources you can open.
        {/* Said to readers who might think they need one, not to those signed in. */}
        {session.status !== "signed-in" && " No account needed."}
      </p>
      {thread.length === 0 ? (
        questions.length > 0 && (
          <div className="examples">
            <p className="muted">Try one of these:</p>
            <ul className="example-list">
              {questions.map((example) => (
                <li key={example}>
                  <button type="button" onClick={() => void ask(example)}>
                    {example}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )
      ) : (
        <>
          <ol className="thread" aria-label="Conversation">
            {thread.map((turn) => (
              <ThreadTurn key={turn.id} turn={turn} onRetry={() => void ask(turn.question)} />
            ))}
          </ol>
          <p className="thread-actions">
            <button type="button" className="link-button" onClick={threadStore.clear} disabled={busy}>
              Start a new conversation
            </button>
          </p>
        </>
      )}
      <div ref={endRef} />
      <QuestionForm
        onAsk={(question) => void ask(question)}
        busy={busy}
        label={thread.length === 0 ? "Your question" : "Ask a follow-up"}
      />
    </section>
  );
}
