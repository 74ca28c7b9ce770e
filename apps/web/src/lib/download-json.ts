/** Saves `value` as a pretty-printed JSON file through the browser's download, without a server round trip. */
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A title as the start of a file name: "The tRPC Book" → "the-trpc-book". Undefined when nothing
 * of it is left (a title in another script), so the caller can leave it out.
 */
export function fileNamePart(title: string): string | undefined {
  const part = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return part === "" ? undefined : part;
}
