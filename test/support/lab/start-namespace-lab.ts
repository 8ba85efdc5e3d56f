import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RdpHandshakeCheck } from "./check-rdp-handshake.js";
import { claimLoopbackBlock, type LoopbackBlock } from "./claim-loopback-block.js";
import { createNamespaceTopology, type NamespaceTopology } from "./create-namespace-topology.js";
import { createSamFile } from "./create-sam-file.js";
import { generateCertificates, type LabCertificateName } from "./generate-certificates.js";
import { makeLabDir } from "./make-lab-dir.js";
import { applyNamespaceFault, type NamespaceFault } from "./namespace-faults.js";
import { type RunInNamespaceOptions, runInNamespace } from "./run-in-namespace.js";
import { type ShadowMode, startShadowServer } from "./start-shadow-server.js";
import { startXrdp } from "./start-xrdp.js";
import type { LabEndpoint } from "./start-xrdp-lab.js";
import { startXvfb, type XvfbInstance } from "./start-xvfb.js";
import { type XrdpVariantName, xrdpVariants } from "./xrdp-variants.js";

export interface NamespaceLab {
  readonly topology: NamespaceTopology;
  /** Starts a real xrdp inside the server namespace, on 10.201.0.2:`port`. */
  startXrdp(variant: XrdpVariantName, port?: number): Promise<LabEndpoint>;
  /** Starts freerdp-shadow-cli inside the server namespace (its Xvfb runs in the root namespace). */
  startShadow(mode: ShadowMode, port: number): Promise<LabEndpoint>;
  setFault(fault: NamespaceFault): Promise<void>;
  /** Runs a `node --import tsx` script inside the client namespace; returns its last stdout line as JSON. */
  runInClient<T>(script: string, args: readonly string[], options?: RunInNamespaceOptions): Promise<T>;
  /** TCP, X.224 and TLS from the client namespace (netns-scripts/check-rdp-handshake-main.ts). */
  checkHandshakeFromClient(
    endpoint: LabEndpoint,
    requestedProtocols: number,
    timeoutMs: number,
  ): Promise<RdpHandshakeCheck>;
  stop(): Promise<void>;
}

async function certificateFor(name: LabCertificateName | "missing", dir: string) {
  if (name === "missing") return undefined;
  await mkdir(dir);
  return (await generateCertificates(dir, [name]))[name];
}

const handshakeScript = fileURLToPath(
  new URL("./netns-scripts/check-rdp-handshake-main.ts", import.meta.url),
);

/** Builds the three-namespace topology; servers and faults are added by the test that needs them. */
export async function startNamespaceLab(): Promise<NamespaceLab> {
  const dir = await makeLabDir("netns-lab");
  const topology = await createNamespaceTopology().catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const netns = topology.names.server;
  const host = topology.addresses.server;
  const servers: { stop(): Promise<void> }[] = [];
  // Claimed only when a shadow server is wanted: its Xvfb display number comes from the block.
  let block: Promise<LoopbackBlock> | undefined;
  let xvfb: Promise<XvfbInstance> | undefined;

  const lab: NamespaceLab = {
    topology,
    async startXrdp(variant, port = 3389) {
      const definition = xrdpVariants[variant];
      const name = `${variant}-${port}`;
      const certificate = await certificateFor(definition.certificate, path.join(dir, name));
      servers.push(
        await startXrdp({ name, variant: definition, dir, certificate, listen: [`${host}:${port}`], netns }),
      );
      return { host, port };
    },
    async startShadow(mode, port) {
      block ??= claimLoopbackBlock();
      const claimed = await block;
      xvfb ??= startXvfb(claimed);
      const configDir = path.join(dir, `shadow-${mode}-${port}`);
      await mkdir(configDir);
      const samFile = mode === "nla" ? { samFile: await createSamFile(configDir) } : {};
      // X clients try Xvfb's abstract socket first, which is per network namespace, then fall back to
      // /tmp/.X11-unix, which the server namespace shares: so a root-namespace Xvfb serves it.
      const display = (await xvfb).display;
      servers.push(await startShadowServer({ mode, display, dir: configDir, host, port, netns, ...samFile }));
      return { host, port };
    },
    setFault: (fault) => applyNamespaceFault(topology, fault),
    runInClient: (script, args, options) => runInNamespace(topology.names.client, script, args, options),
    checkHandshakeFromClient: (endpoint, requestedProtocols, timeoutMs) =>
      runInNamespace(topology.names.client, handshakeScript, [
        endpoint.host,
        String(endpoint.port),
        String(requestedProtocols),
        String(timeoutMs),
      ]),
    async stop() {
      // Servers before their display, processes before the namespaces they hold open.
      await Promise.all(servers.map((server) => server.stop()));
      await (await xvfb?.catch(() => undefined))?.stop();
      await (await block?.catch(() => undefined))?.release();
      await topology.remove();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return lab;
}
