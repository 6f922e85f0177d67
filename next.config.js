/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several checkouts' test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` in `npm test`; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native and font-reading packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pdfkit", "@citation-js/core"],
};

export default nextConfig;
