/** A ``` or ~~~ line that opens a fenced code block, with what closing it needs. */
export interface FenceOpening {
  indent: number;
  marker: string;
  info: string;
}

export function openingFence(line: string): FenceOpening | undefined {
  const match = /^( *)(`{3,}|~{3,})(.*)$/.exec(line);
  if (match === null || match[1] === undefined || match[2] === undefined || match[3] === undefined) return undefined;
  // A backtick fence's info string may not contain backticks (CommonMark), which
  // keeps inline code like ```foo``` in a paragraph from opening a block.
  if (match[2].startsWith("`") && match[3].includes("`")) return undefined;
  return { indent: match[1].length, marker: match[2], info: match[3].trim() };
}

export function closesFence(line: string, opening: FenceOpening): boolean {
  const match = /^ *(`{3,}|~{3,}) *$/.exec(line);
  const marker = match?.[1];
  return marker !== undefined && marker[0] === opening.marker[0] && marker.length >= opening.marker.length;
}

/** Removes up to `count` leading spaces, as CommonMark does for lines inside an indented fence. */
export function dedent(line: string, count: number): string {
  let index = 0;
  while (index < count && line[index] === " ") index += 1;
  return line.slice(index);
}
