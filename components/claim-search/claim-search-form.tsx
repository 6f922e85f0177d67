import { VERDICT_LABELS, VERDICTS, type Verdict } from "@/domain/ratings/scale";
import { VERDICT_ICONS } from "@/components/ui/verdict-badge";

/** A plain GET form: the search works without JavaScript and every search has its own URL. */
export function ClaimSearchForm({ q, verdicts }: { q: string; verdicts: readonly Verdict[] }) {
  return (
    <form className="claim-search-form" method="get" action="/claims" role="search">
      <label htmlFor="claim-search-q">Claim to look for</label>
      <div className="claim-search-row">
        <input id="claim-search-q" name="q" type="search" defaultValue={q} maxLength={2000} placeholder="e.g. vitamin K2 reverses calcification" />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      <fieldset className="claim-search-verdicts">
        <legend>Only these verdicts (none ticked: all)</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} data-verdict={verdict} className="claim-search-verdict-chip">
            <input type="checkbox" name="verdict" value={verdict} defaultChecked={verdicts.includes(verdict)} />
            <span className="chip-swatch" aria-hidden="true">
              {VERDICT_ICONS[verdict]}
            </span>{" "}
            {VERDICT_LABELS[verdict]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
