// Entry point for runInNamespace: `rdp-fix-probe-main.ts HOST PORT CIDR` runs rdp-fix from the namespace it
// runs in and prints one JSON line (an RdpFixRun).
import { runRdpFix } from "./rdp-fix-peer.js";

const [host = "", port = "", allowedCidr = ""] = process.argv.slice(2);
const run = await runRdpFix({ host, port: Number(port) }, allowedCidr);
process.stdout.write(`${JSON.stringify(run)}\n`);
