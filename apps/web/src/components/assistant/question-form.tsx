import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from "react";

const MAX_QUESTION = 1000;

interface QuestionFormProps {
  onAsk: (question: string) => void;
  busy: boolean;
  /** "Ask a follow-up" once there is a thread. */
  label: string;
}

/** The question box. Enter asks, Shift+Enter starts a new line, as in most chat boxes. */
export function QuestionForm({ onAsk, busy, label }: QuestionFormProps) {
  const id = useId();
  const [question, setQuestion] = useState("");
  const [error, setError] = useState<string | undefined>();
  const inputRef = useRef<HTMLTextAreaElement>(null);

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (busy) return;
    const trimmed = question.trim();
    if (trimmed === "") {
      setError("Type a question first.");
      inputRef.current?.focus();
      return;
    }
    if (trimmed.length > MAX_QUESTION) {
      setError(`Ask in at most ${MAX_QUESTION} characters (this is ${trimmed.length}).`);
      return;
    }
    setError(undefined);
    setQuestion("");
    onAsk(trimmed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="question-form" onSubmit={submit} noValidate>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        Enter to ask, Shift+Enter for a new line. Answers come from the documentation, with sources.
      </p>
      <div className="question-row">
        <textarea
          ref={inputRef}
          id={id}
          name="question"
          rows={2}
          value={question}
          maxLength={MAX_QUESTION + 200}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setQuestion(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
          {busy ? "Answering…" : "Ask"}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
