import { toBibtex, toCslJson, toRis } from "../citations";
import type { TReviewDocument } from "../schemas/review";
import { sourceCslItem, sourcesInBibliographyOrder } from "./source-citation";

export type BibliographyFormat = "csl-json" | "bibtex" | "ris";

/** Every source of the review, in bibliography order, in one of the reference-manager formats. */
export function toBibliography(review: TReviewDocument, format: BibliographyFormat): string {
  const items = sourcesInBibliographyOrder(review.sources).map(({ source }) => sourceCslItem(source));
  switch (format) {
    case "csl-json":
      return toCslJson(items);
    case "bibtex":
      return toBibtex(items);
    case "ris":
      return toRis(items);
  }
}
