/**
 * Whether a stored or submitted address may become a link: an absolute http:// or https://
 * URL. Anything else (javascript:, data:, vbscript:, relative paths) is refused at the door.
 */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
