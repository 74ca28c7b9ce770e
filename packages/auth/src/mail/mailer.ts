/** One email, already rendered. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Where auth mail goes: SMTP in production, the development outbox otherwise. */
export interface Mailer {
  /** "smtp" or "outbox", for the start-up log. */
  readonly transport: "smtp" | "outbox";
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}
