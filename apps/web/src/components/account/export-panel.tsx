import { useState } from "react";
import { useBook, useBookName } from "../../hooks/use-book";
import { downloadJson, fileNamePart } from "../../lib/download-json";
import { requestErrorMessage } from "../../lib/request-error";
import { trpc } from "../../trpc";

/** "Download my data": everything stored about the reader, as one JSON file. */
export function ExportPanel() {
  const utils = trpc.useUtils();
  const bookTitle = useBook()?.title;
  const book = useBookName();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const download = async () => {
    if (pending) return;
    setPending(true);
    setFailure(undefined);
    try {
      // Fetched when asked for, never cached: the file must hold what is stored right now.
      const data = await utils.client.account.export.query();
      // Named after the book the reader knows, e.g. fixture-book-my-data-2026-11-02.json.
      const prefix = bookTitle === undefined ? undefined : fileNamePart(bookTitle);
      const day = new Date().toISOString().slice(0, 10);
      downloadJson(data, `${prefix === undefined ? "" : `${prefix}-`}my-data-${day}.json`);
    } catch (error) {
      setFailure(requestErrorMessage(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="pw-export-heading">
      <h2 id="pw-export-heading">Your data</h2>
      <p>Download everything {book} stores about you (account, profile, consent history, sessions) as a JSON file.</p>
      {failure && (
        <p className="field-error" role="alert">
          Could not prepare the download: {failure}
        </p>
      )}
      <button type="button" onClick={() => void download()} aria-disabled={pending || undefined}>
        {pending ? "Preparing…" : "Download my data"}
      </button>
    </section>
  );
}
