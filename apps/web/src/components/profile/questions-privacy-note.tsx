import { trpc } from "../../trpc";

/**
 * What happens to questions asked of the assistant, signed in or not: kept for the server's
 * QUESTION_RETENTION_DAYS without any identity, then deleted. Not covered by consent, because
 * nothing in them points back to the reader.
 */
export function QuestionsPrivacyNote() {
  const privacy = trpc.docs.privacy.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  const days = privacy.data?.questionRetentionDays;
  return (
    <p data-testid="questions-privacy">
      <strong>Your questions to the assistant.</strong> Each question is kept with the sources of its answer and any
      👍/👎 or comment you give, so the documentation can be improved where it falls short
      {days === undefined ? ", for a limited time" : `, for ${days} ${days === 1 ? "day" : "days"}`}, then deleted. They
      are kept without identity: not with your account, your name or your IP address.
    </p>
  );
}
