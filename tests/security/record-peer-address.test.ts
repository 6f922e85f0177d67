import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "../../domain/security/client-address";

/**
 * npm start preloads scripts/server/record-peer-address.cjs into the server: a real HTTP server
 * here, sent a request that forges both X-Forwarded-For and the peer header, sees the socket's
 * address, so a sign-in limiter trusting no proxy counts the real client.
 */

const require = createRequire(import.meta.url);

describe("the peer address recorder", () => {
  it("overwrites a forged peer header with the TCP peer, and the limiter keys on it", async () => {
    const recorder = require("../../scripts/server/record-peer-address.cjs") as { PEER_ADDRESS_HEADER: string };
    expect(recorder.PEER_ADDRESS_HEADER).toBe(PEER_ADDRESS_HEADER);
    const http = require("node:http") as typeof import("node:http");
    const seen: Record<string, unknown>[] = [];
    const server = http.createServer((request, response) => {
      seen.push({ ...request.headers });
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const forged of ["203.0.113.1", "203.0.113.2"]) {
        await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": forged, [PEER_ADDRESS_HEADER]: forged } });
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen.map((headers) => headers[PEER_ADDRESS_HEADER])).toEqual(["127.0.0.1", "127.0.0.1"]);
    expect(seen.map((headers) => clientAddress(headers, 0))).toEqual(["127.0.0.1", "127.0.0.1"]);
    // Trusting one proxy (that the test pretends to be) reads the forwarded address instead.
    expect(seen.map((headers) => clientAddress(headers, 1))).toEqual(["203.0.113.1", "203.0.113.2"]);
  });
});
