import type { Metadata } from "next";
import { NewArticleForm } from "@/components/review/new-article-form";
import { UrlImportForm } from "@/components/review/url-import-form";

export const metadata: Metadata = { title: "New article" };

export default function NewArticlePage() {
  return (
    <div className="page-narrow">
      <h1>New article</h1>
      <p className="hint">Import the article from its web address, a file, or pasted text, Markdown or HTML. Its paragraphs become the text you split into claims.</p>
      <UrlImportForm />
      <NewArticleForm />
    </div>
  );
}
