/** One email, already rendered. */
export interface MailMessage {
  to: string;
  /** Who it is from, in words: the book's name (the address is MAIL_FROM's, or no-reply@localhost). */
  sender: string;
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
