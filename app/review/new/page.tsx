import type { Metadata } from "next";
import { NewArticleForm } from "@/components/review/new-article-form";

export const metadata: Metadata = { title: "New article" };

export default function NewArticlePage() {
  return (
    <div className="page-narrow">
      <h1>New article</h1>
      <p className="hint">Paste the article. Its paragraphs become the text you split into claims.</p>
      <NewArticleForm />
    </div>
  );
}
