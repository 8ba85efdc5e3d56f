/** What iputils ping reported; fields are absent when the output did not say. */
export interface PingOutput {
  transmitted?: number;
  received?: number;
  /** `+N errors`: ICMP errors (unreachable, fragmentation needed) or local send errors. */
  errors?: number;
  /** The smallest MTU any "fragmentation needed" / "too big" / "message too long" line reported. */
  mtu?: number;
  averageRttMs?: number;
}

const statistics =
  /(\d+) packets transmitted, (\d+) (?:packets )?received(?:, \+(\d+) duplicates)?(?:, \+(\d+) corrupted)?(?:, \+(\d+) errors)?/;
// "Frag needed and DF set (mtu = 1400)", "local error: message too long, mtu=1400",
// "local error: message too long, mtu: 1400" (IPv6), "Packet too big: mtu=1280".
const mtuLine = /mtu\s*[=:]\s*(\d+)/gi;
const rtt = /(?:rtt|round-trip) min\/avg\/max(?:\/mdev)? = [\d.]+\/([\d.]+)\//;

/** Reads stdout and stderr together: iputils prints local errors on stderr and the summary on stdout. */
export function parsePingOutput(stdout: string, stderr = ""): PingOutput {
  const text = `${stdout}\n${stderr}`;
  const output: PingOutput = {};
  const stats = statistics.exec(text);
  if (stats) {
    output.transmitted = Number(stats[1]);
    output.received = Number(stats[2]);
    if (stats[5] !== undefined) output.errors = Number(stats[5]);
  }
  const mtus = [...text.matchAll(mtuLine)].map((match) => Number(match[1]));
  if (mtus.length > 0) output.mtu = Math.min(...mtus);
  const average = rtt.exec(text);
  if (average) output.averageRttMs = Number(average[1]);
  return output;
}
