import type { Turn } from "../../hooks/use-thread";
import { AnswerText } from "../answer/answer-text";
import { CitationList } from "../answer/citation-list";
import { AnswerFeedback } from "./answer-feedback";

/** One question and its answer. The answer region is polite-live, so a streamed answer is read once it settles. */
export function ThreadTurn({ turn, onRetry }: { turn: Turn; onRetry: () => void }) {
  return (
    <li className="turn" data-testid="turn" aria-busy={turn.status === "pending" || turn.status === "streaming"}>
      <p className="turn-question">
        <span className="visually-hidden">You asked: </span>
        {turn.question}
      </p>
      <div
        className={turn.answered === false ? "turn-answer turn-refusal" : "turn-answer"}
        data-testid="answer"
        data-answered={turn.answered === undefined ? undefined : String(turn.answered)}
      >
        <span className="visually-hidden">Answer: </span>
        {turn.status === "pending" && (
          <p className="muted" role="status">
            Looking through the documentation…
          </p>
        )}
        {turn.status === "error" ? (
          <div className="notice notice-error" role="alert">
            <p>The question could not be answered. {turn.error}</p>
            <button type="button" onClick={onRetry}>
              Ask again
            </button>
          </div>
        ) : (
          turn.answer !== "" && <AnswerText answer={turn.answer} citations={turn.citations} leadHtml={turn.leadHtml} />
        )}
        {turn.status === "done" && turn.citations.length > 0 && (
          <p className="answer-mode muted">
            {turn.answered === false
              ? "Not answered: the sections below are the closest the documentation has."
              : turn.mode === "llm"
                ? "Written by a language model from the sources below: check them."
                : "Quoted from the sources below."}
          </p>
        )}
        {turn.status === "done" && <CitationList citations={turn.citations} />}
        {turn.status === "done" && turn.questionId !== undefined && <AnswerFeedback questionId={turn.questionId} />}
      </div>
    </li>
  );
}
