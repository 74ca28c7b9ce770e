/**
 * An email that could not be sent, described without its recipient or
 * content: the message is safe to log.
 */
export class MailDeliveryError extends Error {
  constructor(purpose: string, cause: unknown) {
    super(`Could not send the ${purpose} email (${failureCode(cause)})`, { cause });
    this.name = "MailDeliveryError";
  }
}

// nodemailer's codes (ECONNECTION, EENVELOPE, EAUTH…) say what went wrong; its messages can quote addresses.
function failureCode(cause: unknown): string {
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string")
    return cause.code;
  return cause instanceof Error ? cause.name : "unknown error";
}
