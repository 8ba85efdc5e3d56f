// Entry point for runInNamespace: `udp-probe-main.ts ADDRESS PORT` runs the UDP probe from the namespace it
// runs in and prints one JSON line: the outcome and the finding ids, or the error that escaped.
import { probeUdp } from "../../../../src/probes/udp-probe.js";

const [address = "", port = ""] = process.argv.slice(2);
// Anything thrown from a timer would end this process before the result line; say so in the line instead.
process.on("uncaughtException", (error) => {
  process.stdout.write(`${JSON.stringify({ uncaught: String(error) })}\n`);
  process.exit(0);
});
const result = await probeUdp({ address, port: Number(port), timeoutMs: 1500 });
const findings = result.findings.map((finding) => finding.id);
process.stdout.write(`${JSON.stringify({ outcome: result.outcome, findings })}\n`);
