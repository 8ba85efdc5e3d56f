/** What tracepath reported. */
export interface TracepathOutput {
  /** The final path MTU (`Resume: pmtu N`), or the smallest one seen if it stopped early. */
  pmtu?: number;
  hops?: number;
  /** A probe got an answer from the destination itself. */
  reached: boolean;
}

export function parseTracepathOutput(stdout: string): TracepathOutput {
  const output: TracepathOutput = { reached: /\breached\b/.test(stdout) };
  const resume = /Resume: pmtu (\d+)(?: hops (\d+))?/.exec(stdout);
  const seen = [...stdout.matchAll(/\bpmtu (\d+)/g)].map((match) => Number(match[1]));
  if (resume) output.pmtu = Number(resume[1]);
  else if (seen.length > 0) output.pmtu = Math.min(...seen);
  if (resume?.[2] !== undefined) output.hops = Number(resume[2]);
  return output;
}
