/** Claims rated of all claims, as a bar with the numbers in words beside it. */
export function ProgressMeter({ rated, total }: { rated: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((rated / total) * 100);
  return (
    <span className="progress-meter">
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <span>
        {rated} / {total}
        <span className="visually-hidden"> claims rated</span>
      </span>
    </span>
  );
}
