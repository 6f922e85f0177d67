import { ARTICLE_STATUS_LABELS } from "@/domain/ratings/article-workflow";
import type { ArticleStatus } from "@/domain/ratings/scale";

export function StatusChip({ status }: { status: ArticleStatus }) {
  return (
    <span className="status-chip" data-status={status}>
      {ARTICLE_STATUS_LABELS[status]}
    </span>
  );
}
