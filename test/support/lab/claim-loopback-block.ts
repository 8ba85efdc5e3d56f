import net from "node:net";
import { LabSetupError } from "./lab-setup-error.js";

/** A run of 127.0.1.N addresses that this lab owns, so each server can have its own port 3389. */
export interface LoopbackBlock {
  /** Which block (0-based): also a key other per-lab resources can use, such as an X display number. */
  readonly index: number;
  /** The i-th address of the block (0-based), e.g. 127.0.1.21 for i = 0 in the second block. */
  address(index: number): string;
  readonly size: number;
  release(): Promise<void>;
}

export const loopbackBlockSize = 24;
const blockCount = Math.floor(254 / loopbackBlockSize);
// A port no lab server uses: holding it on the block's first address is the lock.
const lockPort = 3390;

function listen(host: string): Promise<net.Server | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", () => resolve(undefined));
    server.listen(lockPort, host, () => resolve(server));
  });
}

/**
 * Claims a block of 127.0.1.x addresses by listening on the block's lock port. The kernel arbitrates, so
 * test files in parallel workers (or two vitest runs) never share an address:port, and a crashed run
 * releases its block automatically. Vitest's pool id is only a hint for where to start looking.
 */
export async function claimLoopbackBlock(): Promise<LoopbackBlock> {
  const poolId = Number(process.env.VITEST_POOL_ID);
  const hint = Number.isInteger(poolId) && poolId > 0 ? poolId - 1 : 0;
  for (let attempt = 0; attempt < blockCount; attempt++) {
    const block = (hint + attempt) % blockCount;
    const first = block * loopbackBlockSize + 1;
    const lock = await listen(`127.0.1.${first}`);
    if (!lock) continue;
    return {
      index: block,
      size: loopbackBlockSize,
      address(index) {
        if (index < 0 || index >= loopbackBlockSize)
          throw new RangeError(`block index ${index} out of range`);
        return `127.0.1.${first + index}`;
      },
      release: () => new Promise((resolve) => lock.close(() => resolve())),
    };
  }
  throw new LabSetupError(
    "no-free-loopback-block",
    `all ${blockCount} blocks of 127.0.1.x are held by other lab runs (port ${lockPort} is the lock); stop stray test runs`,
  );
}
