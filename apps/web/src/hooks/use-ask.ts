import { askQuestion } from "../lib/ask-question";
import { requestErrorMessage } from "../lib/request-error";
import { trpc } from "../trpc";
import { useReadingVersion } from "./use-reading-version";
import { threadStore } from "./use-thread";

/**
 * Adds a question to the thread and fills in its answer as the events arrive. The answer comes
 * from the version being read (or last read in this tab): asked from quick search on a 3.7.0 page,
 * it is about 3.7.0.
 */
export function useAsk(): (question: string) => Promise<void> {
  const { client } = trpc.useUtils();
  const { input } = useReadingVersion();
  return async (question) => {
    const id = threadStore.add(question);
    try {
      await askQuestion(client, question, input, (event) => {
        threadStore.update(id, (turn) => {
          switch (event.type) {
            case "citations":
              return { ...turn, citations: event.citations, mode: event.mode };
            case "delta":
              return { ...turn, status: "streaming", answer: turn.answer + event.text };
            case "done":
              return {
                ...turn,
                status: "done",
                answer: event.answer,
                citations: event.citations,
                mode: event.mode,
                answered: event.answered,
                questionId: event.questionId,
                leadHtml: event.lead?.html,
              };
          }
        });
      });
    } catch (error) {
      threadStore.update(id, (turn) => ({ ...turn, status: "error", error: requestErrorMessage(error) }));
    }
  };
}
