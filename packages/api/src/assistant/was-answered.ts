/**
 * Whether the book answered the question (false: the assistant said the
 * documentation does not cover it). The one place that reads `answered`, so
 * that the answer composition's field arrives in one edit: until an answer
 * carries it, an answer counts as answered.
 */
export function wasAnswered(answer: { answered?: boolean }): boolean {
  return answer.answered !== false;
}
