import type { PagewiseClient } from "@pagewise/client";
import type { Turn } from "./turn";

/** 👍 / 👎 on an answer, as in the reader's own assistant: one vote per answer, changeable. */
export function FeedbackButtons({
  client,
  turn,
  onVote,
}: {
  client: PagewiseClient;
  turn: Turn;
  onVote: (vote: "up" | "down" | undefined, error?: string) => void;
}) {
  const { questionId } = turn;
  if (questionId === undefined || turn.status !== "done") return null;
  const vote = async (choice: "up" | "down") => {
    onVote(choice);
    try {
      await client.api.rag.feedback.mutate({ questionId, vote: choice });
    } catch {
      onVote(undefined, "Your vote could not be recorded.");
    }
  };
  return (
    <fieldset class="pw-feedback">
      <legend class="pw-visually-hidden">Was this answer helpful?</legend>
      <button
        type="button"
        class="pw-vote"
        aria-pressed={turn.vote === "up"}
        aria-label="Helpful"
        onClick={() => vote("up")}
      >
        👍
      </button>
      <button
        type="button"
        class="pw-vote"
        aria-pressed={turn.vote === "down"}
        aria-label="Not helpful"
        onClick={() => vote("down")}
      >
        👎
      </button>
      <span class="pw-small" aria-live="polite">
        {turn.vote !== undefined ? "Thanks for your feedback." : ""}
      </span>
    </fieldset>
  );
}
