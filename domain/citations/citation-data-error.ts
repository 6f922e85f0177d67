/** A metadata service's answer that does not describe a work (wrong shape, an error record, no such id). */
export class CitationDataError extends Error {
  override name = "CitationDataError";
}
