import http from "node:http";

/** The header that carries the connecting socket's address to the portal's code. */
export const PEER_HEADER = "x-c4c-peer-address";

/**
 * Next.js gives route handlers and server actions no socket, only headers, and it fills
 * X-Forwarded-For with the socket's address only when the client sent none: a client could
 * name any address it liked. So every request the process receives is stamped, before Next.js
 * sees it, with the address that actually connected; a client sending this header has it
 * overwritten. Called once at start (instrumentation.ts).
 */
export function stampPeerAddresses(): void {
  const prototype = http.Server.prototype as unknown as { emit: (event: string, ...args: unknown[]) => boolean; __c4cPeer?: true };
  if (prototype.__c4cPeer) return;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  };
  prototype.__c4cPeer = true;
}
