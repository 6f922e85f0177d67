// No "server-only" marker: the reader page's headers are built where the tests import them too.

/** The features no page of ours uses, refused for every page (mirrored in next.config.js's securityHeaders). */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
