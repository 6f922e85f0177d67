// Preloaded into the production server by `npm start` (NODE_OPTIONS=--require): every HTTP
// request gets the TCP peer's address in the x-claimcheck-peer-address header, overwriting
// anything a client sent under that name. Next's route handlers cannot see the socket, and
// X-Forwarded-For is written by the client unless a trusted proxy wrote it; the sign-in
// limiter (domain/security/client-address.ts) needs an address the client cannot choose.
"use strict";
const http = require("node:http");

const PEER_ADDRESS_HEADER = "x-claimcheck-peer-address";
const createServer = http.createServer;

function recordPeerAddress(request) {
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "unknown";
}

http.createServer = function createServerRecordingPeers(...args) {
  const server = createServer.apply(this, args);
  server.prependListener("request", recordPeerAddress);
  return server;
};

module.exports = { PEER_ADDRESS_HEADER, recordPeerAddress };
