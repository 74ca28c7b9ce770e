/**
 * A page's ```` ```twoslash include NAME ```` blocks. They are never shown; later twoslash blocks
 * on the same page pull them in with `// @include: NAME` (or `NAME-KEY` for the code above a
 * `// - KEY` marker), as the shiki-twoslash remark plugin the tRPC site uses does.
 */
export class TwoslashIncludes {
  readonly #sources = new Map<string, string>();

  add(name: string, code: string): void {
    const lines: string[] = [];
    for (const line of code.split("\n")) {
      const marker = /^\s*\/\/ - (\S+)/.exec(line);
      if (marker === null) lines.push(line);
      else this.#sources.set(`${name}-${marker[1]}`, lines.join("\n"));
    }
    this.#sources.set(name, lines.join("\n"));
  }

  get(name: string): string | undefined {
    return this.#sources.get(name);
  }
}

const includeLine = /^\s*\/\/ ?@include: ?(\S+)\s*$/;

/**
 * Replaces each `// @include: NAME` line by the named code. An unknown name (or no page context)
 * leaves the line, for the directive filter to drop: the reader then sees the block's own code.
 */
export function expandTwoslashIncludes(code: string, includes: TwoslashIncludes | undefined): string {
  if (includes === undefined) return code;
  return code
    .split("\n")
    .map((line) => {
      const name = includeLine.exec(line)?.[1];
      const included = name === undefined ? undefined : includes.get(name);
      return included ?? line;
    })
    .join("\n");
}
