/** Why a model could not answer; each becomes the `fallbackReason` the reader is shown. */
export type LlmFailure = "timeout" | "http" | "network" | "protocol" | "aborted";

export class LlmUnavailableError extends Error {
  override readonly name = "LlmUnavailableError";

  constructor(
    readonly failure: LlmFailure,
    message: string,
    /** For the server log only (already stripped of the API key); never shown to readers. */
    readonly detail?: string,
  ) {
    super(message);
  }
}
