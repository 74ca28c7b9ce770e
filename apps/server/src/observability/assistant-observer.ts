import type { AssistantObserver } from "@pagewise/api";
import type { Logger } from "./logger";
import type { Metrics } from "./metrics";

/** Counts the assistant's answers and readers' votes for /metrics, and logs what failed beside an answer. */
export function assistantObserver(logger: Logger, metrics: Metrics | undefined): AssistantObserver {
  return {
    answerGiven: (mode, answered) => metrics?.countAnswer(mode, answered),
    voteGiven: (vote) => metrics?.countVote(vote),
    warn: (message, error) => logger.warn({ err: error }, message),
  };
}
