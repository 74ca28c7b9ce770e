import { type FormEvent, useId, useState } from "react";
import { requestErrorMessage } from "../../lib/request-error";
import { trpc } from "../../trpc";

type Vote = "up" | "down";

const MAX_COMMENT = 500;

/**
 * 👍/👎 under an answer, then an optional short comment. A vote can be changed: the server keeps
 * one per reader and answer, so each press replaces the last (and keeps a comment already sent).
 * Votes are anonymous: the server stores the day's visitor key, never who the reader is.
 */
export function AnswerFeedback({ questionId }: { questionId: string }) {
  const [vote, setVote] = useState<Vote | undefined>();
  const [comment, setComment] = useState("");
  const [sentComment, setSentComment] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const commentId = useId();
  const feedback = trpc.rag.feedback.useMutation({
    onSuccess: (saved) => {
      setError(undefined);
      setVote(saved.vote);
      if (saved.comment !== null) setSentComment(saved.comment);
    },
    onError: (failure) => setError(`Your feedback could not be sent: ${requestErrorMessage(failure)}`),
  });

  const cast = (next: Vote) => {
    if (feedback.isPending) return;
    feedback.mutate({ questionId, vote: next, comment: sentComment });
  };
  const sendComment = (event: FormEvent) => {
    event.preventDefault();
    if (vote === undefined || feedback.isPending || comment.trim() === "") return;
    feedback.mutate({ questionId, vote, comment });
  };

  return (
    <div className="answer-feedback" data-testid="answer-feedback">
      <fieldset className="answer-feedback-votes">
        <legend className="muted">Was this answer helpful?</legend>
        <VoteButton vote="up" label="Helpful" current={vote} busy={feedback.isPending} onVote={cast} />
        <VoteButton vote="down" label="Not helpful" current={vote} busy={feedback.isPending} onVote={cast} />
      </fieldset>
      <p role="status" className="answer-feedback-status muted">
        {vote === undefined
          ? ""
          : sentComment === undefined
            ? "Thank you for your feedback."
            : "Thanks, your comment was sent."}
      </p>
      {error !== undefined && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {vote !== undefined && sentComment === undefined && (
        <form className="answer-feedback-comment" onSubmit={sendComment}>
          <label htmlFor={commentId}>
            {vote === "down" ? "What was missing or wrong? (optional)" : "Anything to add? (optional)"}
          </label>
          <textarea
            id={commentId}
            rows={2}
            maxLength={MAX_COMMENT}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <button type="submit" aria-disabled={feedback.isPending || comment.trim() === "" || undefined}>
            Send comment
          </button>
        </form>
      )}
    </div>
  );
}

interface VoteButtonProps {
  vote: Vote;
  label: string;
  current: Vote | undefined;
  busy: boolean;
  onVote: (vote: Vote) => void;
}

// A native button: Enter and Space press it; aria-pressed tells screen readers which vote stands.
// The word is shown beside the emoji: it is the button's name, and not every system draws emoji.
function VoteButton({ vote, label, current, busy, onVote }: VoteButtonProps) {
  return (
    <button
      type="button"
      className="vote-button"
      aria-pressed={current === vote}
      aria-disabled={busy || undefined}
      onClick={() => onVote(vote)}
    >
      <span aria-hidden="true">{vote === "up" ? "👍" : "👎"}</span> {label}
    </button>
  );
}
