"use client";

import { useState } from "react";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";
import { callApi } from "@/components/api/api-client";

/** The editor's consensus verdict for one claim, saved against the claim version it was loaded with. */
export function ConsensusPicker({ claimId, initialVerdict, initialVersion, label }: { claimId: string; initialVerdict: Verdict | null; initialVersion: number; label: string }) {
  const [saved, setSaved] = useState({ verdict: initialVerdict, version: initialVersion });
  const [choice, setChoice] = useState<string>(initialVerdict ?? "");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const selectId = `consensus-${claimId}`;

  async function save() {
    setBusy(true);
    setMessage("Saving…");
    const verdict = choice === "" ? null : (choice as Verdict);
    const result = await callApi("setConsensus", { params: { id: claimId }, body: { version: saved.version, verdict } });
    setBusy(false);
    if (result.ok) {
      setSaved({ verdict: result.data.verdict, version: result.data.version });
      setMessage(`Saved: ${result.data.verdict ? VERDICT_LABELS[result.data.verdict] : "no verdict"}.`);
    } else {
      setMessage(result.status === 409 ? `${result.message}` : `Couldn't save: ${result.message}`);
    }
  }

  return (
    <div className="consensus-picker">
      <label htmlFor={selectId} className="visually-hidden">
        Consensus verdict for {label}
      </label>
      <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="">No verdict yet</option>
        {VERDICTS.map((verdict) => (
          <option key={verdict} value={verdict}>
            {VERDICT_LABELS[verdict]}
          </option>
        ))}
      </select>
      <button type="button" className="button secondary" disabled={busy || choice === (saved.verdict ?? "")} onClick={() => void save()}>
        Set<span className="visually-hidden"> consensus for {label}</span>
      </button>
      <span className="hint" role="status">
        {message}
      </span>
    </div>
  );
}
