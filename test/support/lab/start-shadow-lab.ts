import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { claimLoopbackBlock } from "./claim-loopback-block.js";
import { createSamFile, shadowLabCredentials } from "./create-sam-file.js";
import { makeLabDir } from "./make-lab-dir.js";
import { type ShadowMode, type ShadowServer, startShadowServer } from "./start-shadow-server.js";
import type { LabEndpoint } from "./start-xrdp-lab.js";
import { startXvfb, type XvfbInstance } from "./start-xvfb.js";

export interface ShadowLab {
  /** 127.0.1.N:3389, one address per mode. */
  endpoint(mode: ShadowMode): LabEndpoint;
  readonly credentials: typeof shadowLabCredentials;
  readonly display: string;
  stop(): Promise<void>;
}

export interface StartShadowLabOptions {
  modes?: readonly ShadowMode[];
}

const allModes: readonly ShadowMode[] = ["nla", "tls", "rdp"];

/**
 * Starts one Xvfb and one freerdp-shadow-cli per security mode on it. Every shadow server dies with its
 * Xvfb, so stop() takes the servers down first and the display last.
 */
export async function startShadowLab(options: StartShadowLabOptions = {}): Promise<ShadowLab> {
  const modes = options.modes ?? allModes;
  const dir = await makeLabDir("shadow-lab");
  const block = await claimLoopbackBlock();
  const servers = new Map<ShadowMode, ShadowServer>();
  let xvfb: XvfbInstance | undefined;
  const stop = async () => {
    await Promise.all([...servers.values()].map((server) => server.stop()));
    await xvfb?.stop();
    await block.release();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const display = await startXvfb(block);
    xvfb = display;
    const samFile = await createSamFile(dir);
    const results = await Promise.allSettled(
      modes.map(async (mode) => {
        const configDir = path.join(dir, mode);
        await mkdir(configDir);
        const host = block.address(allModes.indexOf(mode));
        const server = await startShadowServer({
          mode,
          display: display.display,
          dir: configDir,
          host,
          port: 3389,
          ...(mode === "nla" ? { samFile } : {}),
        });
        servers.set(mode, server);
      }),
    );
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    credentials: shadowLabCredentials,
    display: xvfb.display,
    endpoint(mode) {
      const server = servers.get(mode);
      if (!server) throw new Error(`shadow mode ${mode} was not started in this lab (see options.modes)`);
      return { host: server.host, port: server.port };
    },
    stop,
  };
}
