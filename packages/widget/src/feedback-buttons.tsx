import type { PagewiseClient } from "@pagewise/client";
import { useState } from "preact/hooks";
import type { Turn } from "./turn";

/** 👍 / 👎 on an answer, as in the reader's own assistant: one vote per answer, changeable. */
export function FeedbackButtons({
  client,
  turn,
  onVote,
}: {
  client: PagewiseClient;
  turn: Turn;
  onVote: (vote: "up" | "down" | undefined) => void;
}) {
  const [failed, setFailed] = useState(false);
  const { questionId } = turn;
  if (questionId === undefined || turn.status !== "done") return null;
  const vote = async (choice: "up" | "down") => {
    setFailed(false);
    onVote(choice);
    try {
      await client.api.rag.feedback.mutate({ questionId, vote: choice });
    } catch {
      onVote(undefined);
      setFailed(true);
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
        <Thumb />
      </button>
      <button
        type="button"
        class="pw-vote"
        aria-pressed={turn.vote === "down"}
        aria-label="Not helpful"
        onClick={() => vote("down")}
      >
        <Thumb down />
      </button>
      <span class="pw-small" aria-live="polite">
        {failed ? "Your vote could not be recorded." : turn.vote !== undefined ? "Thanks for your feedback." : ""}
      </span>
    </fieldset>
  );
}

/** A thumb drawn, not an emoji: a system without an emoji font would show an empty box. */
function Thumb({ down = false }: { down?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      style={down ? { transform: "rotate(180deg)" } : undefined}
    >
      <path d="M7 10v11H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h3Zm0 0 4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.1 21H7" />
    </svg>
  );
}
