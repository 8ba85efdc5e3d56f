import { execa } from "execa";

/** Runs fire-main.ts in a child process against a loopback Bolt receiver and returns its latencies. */
export async function fireFromAnotherProcess(options: {
  boltUrl: string;
  signingSecret: string;
  responseUrl: string;
  total: number;
  concurrency: number;
}): Promise<number[]> {
  const script = new URL("./fire-main.ts", import.meta.url).pathname;
  const args = [
    options.boltUrl,
    options.signingSecret,
    options.responseUrl,
    String(options.total),
    String(options.concurrency),
  ];
  const { stdout } = await execa("node", ["--import", "tsx", script, ...args]);
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "[]") as number[];
}
