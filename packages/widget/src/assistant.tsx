import type { PagewiseUser } from "@pagewise/client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { AccountPanel } from "./account-panel";
import { AnswerView, SourceList } from "./answer-view";
import { clientFor } from "./clients";
import { trapTab } from "./dialog-focus";
import { failureMessage } from "./failure-message";
import { FeedbackButtons } from "./feedback-buttons";
import { SelectionChip } from "./selection-chip";
import { setSignedInUser } from "./session-store";
import { isShortcut, type Settings } from "./settings";
import { useHostTheme } from "./theme";
import type { Turn } from "./turn";
import { useSignedInUser } from "./use-signed-in-user";

/** What the element's own methods reach: `element.open("How do I…?")`, `element.openAccount()`, `element.close()`. */
export interface Controller {
  open(question?: string): void;
  openAccount(): void;
  close(): void;
}

export function Assistant({
  settings,
  host,
  controller,
}: {
  settings: Settings;
  host: HTMLElement;
  controller: Controller;
}) {
  const { server } = settings;
  const theme = useHostTheme(settings.theme);
  useEffect(() => {
    if (server !== undefined) return;
    console.warn(
      `<pagewise-assistant> needs the server's address: <pagewise-assistant server="https://assistant.example.com"> (got ${JSON.stringify(host.getAttribute("server"))}).`,
    );
  }, [server, host]);
  if (server === undefined) return null;
  return <AssistantFor server={server} settings={settings} host={host} controller={controller} theme={theme} />;
}

function AssistantFor({
  server,
  settings,
  host,
  controller,
  theme,
}: {
  server: string;
  settings: Settings;
  host: HTMLElement;
  controller: Controller;
  theme: "light" | "dark";
}) {
  const client = clientFor(server);
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<"ask" | "account">("ask");
  const [turn, setTurn] = useState<Turn | undefined>();
  const user = useSignedInUser(server);
  const [announcement, setAnnouncement] = useState("");
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const launcher = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const closing = useRef(false);
  const running = useRef<AbortController | undefined>(undefined);

  const ask = useCallback(
    async (question: string, kind: Turn["kind"] = "question") => {
      running.current?.abort();
      const abort = new AbortController();
      running.current = abort;
      const base: Turn = { question, kind, status: "asking", text: "", citations: [], answered: true };
      setTurn(base);
      setView("ask");
      try {
        if (kind === "selection") {
          const answer = await client.api.rag.select.query({ text: question }, { signal: abort.signal });
          setTurn({
            ...base,
            status: "done",
            text: answer.answer,
            citations: answer.citations,
            answered: answer.answered,
          });
          return;
        }
        let current = base;
        for await (const event of client.ask({ question }, { signal: abort.signal })) {
          if (event.type === "citations") current = { ...current, citations: event.citations };
          else if (event.type === "delta") current = { ...current, text: current.text + event.text };
          else
            current = {
              ...current,
              status: "done",
              text: event.answer,
              citations: event.citations,
              answered: event.answered,
              leadHtml: event.lead?.html,
              questionId: event.questionId,
            };
          setTurn(current);
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        setTurn({ ...base, status: "failed", error: failureMessage(error) });
      }
    },
    [client],
  );

  const show = useCallback(
    (question?: string, kind?: Turn["kind"]) => {
      if (!open) {
        // Focus in the shadow root (the launcher) shows as the host element: the launcher gets it back.
        const active = document.activeElement;
        returnFocus.current = active instanceof HTMLElement && active !== host ? active : null;
      }
      setOpen(true);
      if (question !== undefined && question.trim() !== "") void ask(question.trim(), kind);
    },
    [open, host, ask],
  );

  const hide = useCallback(() => {
    setOpen(false);
    setView("ask");
    closing.current = true;
  }, []);

  // Focus goes back where it was once the dialog is gone and the launcher is back: in the same
  // task as the key that closed it (a layout effect), so nothing reads focus on the page's body between.
  useLayoutEffect(() => {
    if (open || !closing.current) return;
    closing.current = false;
    (returnFocus.current?.isConnected ? returnFocus.current : launcher.current)?.focus();
  }, [open]);

  controller.open = (question) => show(question);
  controller.openAccount = () => {
    show();
    setView("account");
  };
  controller.close = hide;

  useEffect(() => {
    const shortcut = settings.shortcut;
    if (shortcut === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, shortcut)) return;
      event.preventDefault();
      if (open) hide();
      else show();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [settings.shortcut, open, show, hide]);

  useLayoutEffect(() => {
    if (open && view === "ask") input.current?.focus();
  }, [open, view]);

  return (
    <div class="pw-root" data-theme={theme}>
      {settings.launcher !== "none" && !open && (
        <button
          ref={launcher}
          type="button"
          class="pw-launcher"
          data-placement={settings.launcher}
          aria-haspopup="dialog"
          onClick={() => show()}
        >
          <span aria-hidden="true">✦</span> Ask the docs
          {settings.shortcut && <kbd class="pw-kbd">{settings.shortcut.label}</kbd>}
        </button>
      )}
      {settings.selectToAsk && !open && <SelectionChip host={host} onAsk={(text) => show(text, "selection")} />}
      {open && (
        <>
          <div class="pw-backdrop" aria-hidden="true" onClick={hide} />
          <div
            ref={dialog}
            class="pw-dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="pw-title"
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.stopPropagation();
                hide();
              } else if (dialog.current) trapTab(event, dialog.current);
            }}
          >
            <header class="pw-header">
              <h2 id="pw-title">Ask the docs</h2>
              <button
                type="button"
                class="pw-button pw-quiet"
                onClick={() => setView(view === "account" ? "ask" : "account")}
              >
                {user ? "Account" : "Sign in"}
              </button>
              <button type="button" class="pw-button pw-quiet pw-close" aria-label="Close" onClick={hide}>
                ×
              </button>
            </header>
            {view === "account" ? (
              <AccountPanel
                client={client}
                server={server}
                user={user}
                onSignedIn={(signedIn) => {
                  setSignedInUser(server, signedIn);
                  setView("ask");
                  setAnnouncement(`Signed in as ${signedIn.email}.`);
                }}
                onSignedOut={() => {
                  setSignedInUser(server, null);
                  setView("ask");
                  setAnnouncement("Signed out.");
                }}
                onDone={() => setView("ask")}
              />
            ) : (
              <>
                <form
                  class="pw-ask"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const question = input.current?.value.trim() ?? "";
                    if (question !== "") void ask(question);
                  }}
                >
                  <label class="pw-visually-hidden" for="pw-question">
                    Your question
                  </label>
                  <input
                    ref={input}
                    id="pw-question"
                    class="pw-input"
                    type="text"
                    maxLength={1000}
                    placeholder="Ask a question about the docs"
                    autocomplete="off"
                  />
                  <button type="submit" class="pw-button pw-primary">
                    Ask
                  </button>
                </form>
                <TurnView turn={turn} server={server} client={client} onTurn={setTurn} user={user} />
              </>
            )}
            <p class="pw-visually-hidden" aria-live="polite">
              {announcement}
            </p>
          </div>
        </>
      )}
    </div>
  );
}

function TurnView({
  turn,
  server,
  client,
  onTurn,
  user,
}: {
  turn: Turn | undefined;
  server: string;
  client: ReturnType<typeof clientFor>;
  onTurn: (update: (current: Turn | undefined) => Turn | undefined) => void;
  user: PagewiseUser | null;
}) {
  if (turn === undefined) {
    return (
      <p class="pw-small pw-hint">
        Answers come from the documentation, with links to the pages they quote.
        {user === null ? " Sign in to have them follow your background." : ""}
      </p>
    );
  }
  return (
    <section class="pw-turn" aria-live="polite" aria-busy={turn.status === "asking"} aria-label="Answer">
      <p class="pw-question">
        {turn.kind === "selection" ? "About the selection: " : ""}
        <q>{turn.question.length > 160 ? `${turn.question.slice(0, 160)}…` : turn.question}</q>
      </p>
      {turn.status === "failed" ? (
        <p class="pw-error" role="alert">
          {turn.error}
        </p>
      ) : (
        <>
          {turn.status === "asking" && turn.text === "" && <p class="pw-small">Looking through the docs…</p>}
          <AnswerView turn={turn} server={server} />
          <SourceList turn={turn} server={server} />
          <FeedbackButtons
            // One per answer: a failed vote's message belongs to the answer it was cast on.
            key={turn.questionId}
            client={client}
            turn={turn}
            // To the answer voted on, even if another question has been asked since.
            onVote={(vote) =>
              onTurn((current) =>
                current !== undefined && current.questionId === turn.questionId ? { ...current, vote } : current,
              )
            }
          />
        </>
      )}
    </section>
  );
}
