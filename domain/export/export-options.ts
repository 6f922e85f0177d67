/** What every serializer needs besides the review itself. */
export interface TExportOptions {
  /** Public origin of this Claimcheck instance, e.g. `https://claimcheck.example`; no trailing slash needed. */
  baseUrl: string;
  /** The reviewing organization: ClaimReview `author`, report footers. Defaults to "Claimcheck" at `baseUrl`. */
  organization?: { name: string; url?: string };
  /** How ClaimReview describes the article's author; reviews do not record it, so the default is a Person. */
  articleAuthorType?: "Person" | "Organization";
}

export function organizationOf(options: TExportOptions): { name: string; url: string } {
  return {
    name: options.organization?.name ?? "Claimcheck",
    url: options.organization?.url ?? trimTrailingSlashes(options.baseUrl),
  };
}

export function trimTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, "");
}
