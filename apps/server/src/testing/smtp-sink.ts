import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  /** The From header as written (`"Acme Handbook" <no-reply@localhost>`). */
  from: string;
  subject: string;
  text: string;
}

export interface SmtpSink {
  /** The SMTP_URL that reaches it. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the next message to `address` (or one already received and not yet taken). */
  nextMessageTo(address: string, timeoutMs?: number): Promise<ReceivedMail>;
  /** Messages arriving from now on wait, unaccepted, until the returned function is called. */
  hold(): () => void;
  /** While on, every message is refused with a permanent error (554). */
  refuse(on: boolean): void;
  close(): Promise<void>;
}

/** A real SMTP server on a loopback port that keeps what it receives, for tests of outgoing mail. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiters: (() => void)[] = [];
  let held: Promise<void> = Promise.resolve();
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusing) {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Message refused"), { responseCode: 554 })));
        return;
      }
      Promise.all([simpleParser(stream), held]).then(
        ([mail]) => {
          received.push({
            to: recipients(mail),
            from: mail.from?.text ?? "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          for (const wake of waiters.splice(0)) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  if (address === null || typeof address === "string") throw new Error("the SMTP sink has no TCP port");

  const take = (to: string) => {
    const mail = received.find((message) => !taken.has(message) && message.to.includes(to.toLowerCase()));
    if (mail) taken.add(mail);
    return mail;
  };

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    async nextMessageTo(to, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = take(to);
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    hold() {
      let release = () => {};
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      return release;
    },
    refuse(on) {
      refusing = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase()));
}

/** The first http(s) link in a message's text. */
export function linkIn(mail: Pick<ReceivedMail, "text">): string {
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no link in the message:\n${mail.text}`);
  return link;
}
