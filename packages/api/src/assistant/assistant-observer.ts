import type { AnswerMode } from "@pagewise/rag";

export type Vote = "up" | "down";

/**
 * What the assistant's procedures tell the server about, beside their answers:
 * the server counts answers and votes for /metrics, and logs the failures that
 * must not fail an answer (recording a question).
 */
export interface AssistantObserver {
  answerGiven(mode: AnswerMode, answered: boolean): void;
  voteGiven(vote: Vote): void;
  warn(message: string, error: unknown): void;
}

/** For callers with no metrics and no log (in-process callers, tests). */
export const silentAssistantObserver: AssistantObserver = {
  answerGiven: () => {},
  voteGiven: () => {},
  warn: () => {},
};
