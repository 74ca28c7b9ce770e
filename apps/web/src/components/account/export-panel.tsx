import { useState } from "react";
import { downloadJson } from "../../lib/download-json";
import { requestErrorMessage } from "../../lib/request-error";
import { trpc } from "../../trpc";

/** "Download my data": everything stored about the reader, as one JSON file. */
export function ExportPanel() {
  const utils = trpc.useUtils();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const download = async () => {
    if (pending) return;
    setPending(true);
    setFailure(undefined);
    try {
      // Fetched when asked for, never cached: the file must hold what is stored right now.
      const data = await utils.client.account.export.query();
      downloadJson(data, `pagewise-my-data-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (error) {
      setFailure(requestErrorMessage(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="pw-export-heading">
      <h2 id="pw-export-heading">Your data</h2>
      <p>Download everything Pagewise stores about you (account, profile, consent history, sessions) as a JSON file.</p>
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
