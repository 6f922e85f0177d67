import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from "@/domain/export";

/**
 * Download links for every export format of one article. Plain links to the export route (no
 * client script), so it works on cached reader pages and in the dashboard alike; the route
 * checks who may export what.
 */
export function ExportMenu({ slug, label = "Export" }: { slug: string; label?: string }) {
  return (
    <details className="export-menu">
      <summary className="button secondary">{label}</summary>
      <ul aria-label="Export formats">
        {EXPORT_FORMAT_NAMES.map((format) => (
          <li key={format}>
            <a href={`/api/articles/${encodeURIComponent(slug)}/export?format=${format}`} download data-format={format}>
              {EXPORT_FORMATS[format].label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
