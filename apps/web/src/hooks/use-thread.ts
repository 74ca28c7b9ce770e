import { useSyncExternalStore } from "react";
import type { Citation } from "../lib/api-types";

export interface Turn {
  id: number;
  question: string;
  status: "pending" | "streaming" | "done" | "error";
  answer: string;
  citations: Citation[];
  /** "llm" when a language model wrote the answer from the passages, "extractive" when quoted from them. */
  mode?: string | undefined;
  /** False when the book does not seem to cover the question: the answer is a refusal with the closest sections. */
  answered?: boolean | undefined;
  error?: string | undefined;
  /** The answer's id in the question log, for a vote on it; absent when the server could not record it. */
  questionId?: string | undefined;
  /** The lead as the page shows it (HTML), for an extractive answer quoted from a rendered page. */
  leadHtml?: string | undefined;
}

/**
 * The assistant's conversation, kept in memory outside React so it survives following a citation
 * to the reader and coming back. Never written to storage: questions can be personal, and a
 * reload (or another reader on this computer) starts afresh.
 */
let turns: readonly Turn[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const threadStore = {
  add(question: string): number {
    const id = nextId++;
    turns = [...turns, { id, question, status: "pending", answer: "", citations: [] }];
    emit();
    return id;
  },
  update(id: number, change: (turn: Turn) => Turn): void {
    turns = turns.map((turn) => (turn.id === id ? change(turn) : turn));
    emit();
  },
  clear(): void {
    turns = [];
    emit();
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThread(): readonly Turn[] {
  return useSyncExternalStore(subscribe, () => turns);
}
