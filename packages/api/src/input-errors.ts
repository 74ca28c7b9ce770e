/**
 * Turns a failed input validation into what a client can act on: one readable
 * message naming each bad field ("question: Ask a question: it must not be
 * empty.") and the same per field, for forms.
 */
export interface InputIssues {
  message: string;
  fieldErrors: Record<string, string[]>;
}

export function describeInputIssues(cause: unknown): InputIssues | undefined {
  if (typeof cause !== "object" || cause === null || !("issues" in cause) || !Array.isArray(cause.issues)) {
    return undefined;
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of cause.issues) {
    const field = pathOf(issue) || "input";
    const message = typeof issue?.message === "string" ? issue.message : "is invalid";
    fieldErrors[field] = [...(fieldErrors[field] ?? []), message];
  }
  const message = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
    .join(". ");
  return { message, fieldErrors };
}

function pathOf(issue: unknown): string {
  if (typeof issue !== "object" || issue === null || !("path" in issue) || !Array.isArray(issue.path)) return "";
  return issue.path
    .map((segment: unknown) =>
      typeof segment === "object" && segment !== null && "key" in segment ? String(segment.key) : String(segment),
    )
    .join(".");
}
