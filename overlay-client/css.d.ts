/** The panel's stylesheet arrives as text (esbuild's text loader for .txt, overlay-client/build.ts). */
declare module "*.css.txt" {
  const text: string;
  export default text;
}
