import { REPORT_VERDICTS } from "./review-report";
import { VERDICT_STYLES } from "./verdict-style";

/** The standalone report's whole stylesheet: system fonts, A4 print rules, no external resource. */
export function htmlReportStyles(): string {
  const verdictRules = REPORT_VERDICTS.map((verdict) => {
    const style = VERDICT_STYLES[verdict];
    return [
      `.badge--${verdict}{background:${style.tint};color:${style.ink};border-color:${style.line}}`,
      `.bar__segment--${verdict}{background:${style.strong}}`,
      `.claim--${verdict}{border-left-color:${style.strong}}`,
    ].join("\n");
  }).join("\n");
  return `
:root{--ink:#1d1d1f;--muted:#5b5b63;--rule:#dcdce0;--paper:#fff;--accent:#0b3d5c;
--serif:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"Noto Serif","Noto Serif CJK SC",serif;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Helvetica Neue",Arial,sans-serif}
*{box-sizing:border-box}
html{background:#f4f4f1}
body{margin:0 auto;max-width:52rem;padding:2.5rem 3rem 3rem;background:var(--paper);color:var(--ink);font:16px/1.6 var(--serif)}
header.report-header{border-bottom:3px solid var(--accent);padding-bottom:1rem;margin-bottom:1.5rem}
.kicker{font:600 .75rem/1.2 var(--sans);letter-spacing:.12em;text-transform:uppercase;color:var(--accent);margin:0 0 .5rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 .75rem}
h2{font:700 1.15rem/1.3 var(--sans);letter-spacing:.02em;margin:2.25rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.1rem;line-height:1.35;margin:.35rem 0 .5rem}
.meta{font:.875rem/1.5 var(--sans);color:var(--muted);margin:0}
.meta dt{display:inline;font-weight:600;color:var(--ink)}
.meta dd{display:inline;margin:0 1rem 0 .25rem}
a{color:#0b5a8a;text-decoration-thickness:1px;text-underline-offset:2px;overflow-wrap:anywhere}
.scorecard{display:grid;grid-template-columns:1fr auto;gap:1rem 2rem;align-items:start}
.bar{display:flex;height:1.4rem;border-radius:4px;overflow:hidden;border:1px solid var(--rule);margin:.25rem 0 .75rem}
.bar__segment{height:100%;min-width:3px}
.bar__segment--mixed{box-shadow:inset 0 0 0 1px #4d4700}
.legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem 1.1rem;font:.85rem/1.4 var(--sans)}
.legend li{display:flex;align-items:center;gap:.35rem}
.legend .count{font-weight:700}
.share{text-align:center;font-family:var(--sans);min-width:9rem;padding:.75rem 1rem;border:1px solid var(--rule);border-radius:8px}
.share strong{display:block;font-size:2.2rem;line-height:1.1;color:var(--accent)}
.share span{font-size:.8rem;color:var(--muted)}
.weakest{font-family:var(--sans);font-size:.9rem;margin:.5rem 0 0;padding-left:1.25rem}
.more-weakest{font-family:var(--sans);font-size:.9rem;color:var(--muted);margin:.25rem 0 0}
.summary{font-size:1.05rem;border-left:4px solid var(--accent);padding:.25rem 0 .25rem 1rem;margin:0}
.claims{list-style:none;margin:0;padding:0}
.claim{border-left:5px solid var(--rule);padding:.25rem 0 .25rem 1.1rem;margin:0 0 2rem}
.claim__number{font:600 .8rem var(--sans);color:var(--muted)}
.badge{display:inline-flex;align-items:center;gap:.35rem;font:700 .8rem/1 var(--sans);padding:.3rem .6rem .3rem .4rem;border-radius:999px;border:1.5px solid}
.verdict-icon{flex:none;vertical-align:middle}
.tags{font:.8rem var(--sans);color:var(--muted);margin-left:.5rem}
blockquote{margin:.6rem 0;padding:.4rem .9rem;background:#f7f7f4;border-left:3px solid var(--rule);font-style:italic;color:#333}
.label{font:700 .75rem var(--sans);text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:.9rem 0 .3rem}
.evidence{list-style:none;margin:0;padding:0}
.evidence li{border:1px solid var(--rule);border-radius:6px;padding:.6rem .8rem;margin:.5rem 0;font-size:.95rem;break-inside:avoid}
.chips{display:flex;flex-wrap:wrap;gap:.35rem;margin-bottom:.35rem}
.chip{font:600 .72rem/1 var(--sans);padding:.25rem .5rem;border-radius:4px;background:#eef0f3;color:#2c3440}
.chip--supports{background:#e0f3ec;color:#00543d}.chip--partially_supports{background:#e1eef7;color:#00466e}
.chip--contradicts{background:#f9e3d4;color:#8a3a00}.chip--inconclusive{background:#fbf7d3;color:#4d4700}
.citation{margin:.2rem 0}
.finding{margin:.2rem 0;color:#333}
.links{font:.8rem var(--sans);margin:.2rem 0 0}
.links a+a{margin-left:.75rem}
.bibliography{padding-left:1.25rem;font-size:.92rem}
.bibliography li{margin:.35rem 0}
footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid var(--rule);font:.8rem var(--sans);color:var(--muted)}
${verdictRules}
@media print{
  @page{size:A4;margin:18mm 16mm}
  html{background:none}
  body{max-width:none;padding:0;font-size:10.5pt}
  h2{break-after:avoid}
  .claim{break-inside:avoid-page}
  .claims-section,.bibliography-section{break-before:page}
  a{color:inherit}
  .bar,.bar__segment,.badge,.chip,blockquote{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
@media (max-width:40rem){body{padding:1.25rem}.scorecard{grid-template-columns:1fr}}
`;
}
