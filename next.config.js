/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` in `npm test`; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native and font-reading packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pdfkit", "@citation-js/core"],
};

export default nextConfig;
