// Entry point for runInNamespace: `check-rdp-handshake-main.ts HOST PORT REQUESTED_PROTOCOLS TIMEOUT_MS`
// prints one JSON line (a RdpHandshakeCheck) as seen from the namespace it runs in.
import { checkRdpHandshake } from "../check-rdp-handshake.js";

const [host = "", port = "", requestedProtocols = "", timeoutMs = ""] = process.argv.slice(2);
const check = await checkRdpHandshake({
  host,
  port: Number(port),
  requestedProtocols: Number(requestedProtocols),
  timeoutMs: Number(timeoutMs),
});
process.stdout.write(`${JSON.stringify(check)}\n`);
