import { rm } from "node:fs/promises";
import { claimLoopbackBlock, type LoopbackBlock } from "./claim-loopback-block.js";
import { freeLoopbackPort } from "./free-loopback-port.js";
import { generateCertificates, type LabCertificates, labCertificateNames } from "./generate-certificates.js";
import { makeLabDir } from "./make-lab-dir.js";
import { startXrdp, type XrdpInstance } from "./start-xrdp.js";
import { type XrdpVariantName, xrdpVariantNames, xrdpVariants } from "./xrdp-variants.js";

export interface LabEndpoint {
  host: string;
  port: number;
}

export interface XrdpLab {
  /** Temp dir holding certificates, ini files and logs; removed by stop(). */
  readonly dir: string;
  readonly certificates: LabCertificates;
  /** 127.0.0.1 on a port picked at start. */
  endpoint(variant: XrdpVariantName): LabEndpoint;
  /** 127.0.1.N:3389 of the same server, for tools that only speak RDP on port 3389 (nmap). */
  endpoint3389(variant: XrdpVariantName): LabEndpoint;
  /** An address:port of this lab where nothing listens: connecting is refused. */
  readonly closed: LabEndpoint;
  instance(variant: XrdpVariantName): XrdpInstance;
  stop(): Promise<void>;
}

export interface StartXrdpLabOptions {
  variants?: readonly XrdpVariantName[];
}

const startAttempts = 3;

// Another process can take the free port between our probe and xrdp's bind; xrdp then exits and we retry.
async function startVariant(
  dir: string,
  certificates: LabCertificates,
  variant: XrdpVariantName,
  host3389: string,
) {
  const definition = xrdpVariants[variant];
  const certificate = definition.certificate === "missing" ? undefined : certificates[definition.certificate];
  for (let attempt = 1; ; attempt++) {
    const port = await freeLoopbackPort();
    const name = `${variant}-${attempt}`;
    const listen = [`127.0.0.1:${port}`, `${host3389}:3389`];
    try {
      return await startXrdp({ name, variant: definition, dir, certificate, listen });
    } catch (error) {
      if (attempt >= startAttempts) throw error;
    }
  }
}

function endpointOf(instance: XrdpInstance, index: number): LabEndpoint {
  const address = instance.listen[index] ?? "";
  const colon = address.lastIndexOf(":");
  return { host: address.slice(0, colon), port: Number(address.slice(colon + 1)) };
}

async function stopAll(instances: readonly XrdpInstance[], block: LoopbackBlock, dir: string): Promise<void> {
  await Promise.all(instances.map((instance) => instance.stop()));
  await block.release();
  await rm(dir, { recursive: true, force: true });
}

/**
 * Starts one real xrdp per variant (all variants by default), in parallel, in a fresh temp dir. Each
 * variant owns 127.0.0.1:<free port> and 127.0.1.N:3389 from a claimed address block. If any start
 * fails, everything already started is stopped before the error is thrown.
 */
export async function startXrdpLab(options: StartXrdpLabOptions = {}): Promise<XrdpLab> {
  const variants = options.variants ?? xrdpVariantNames;
  const dir = await makeLabDir("xrdp-lab");
  const block = await claimLoopbackBlock();
  const byVariant = new Map<XrdpVariantName, XrdpInstance>();
  const stop = () => stopAll([...byVariant.values()], block, dir);
  try {
    const certificates = await generateCertificates(dir, labCertificateNames);
    const results = await Promise.allSettled(
      variants.map(async (variant) => {
        const host3389 = block.address(xrdpVariantNames.indexOf(variant));
        byVariant.set(variant, await startVariant(dir, certificates, variant, host3389));
      }),
    );
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
    const instance = (variant: XrdpVariantName): XrdpInstance => {
      const found = byVariant.get(variant);
      if (!found) throw new Error(`xrdp variant ${variant} is not in this lab (see options.variants)`);
      return found;
    };
    return {
      dir,
      certificates,
      // The block's last address is never given to a variant, so nothing listens there.
      closed: { host: block.address(block.size - 1), port: 3389 },
      instance,
      endpoint: (variant) => endpointOf(instance(variant), 0),
      endpoint3389: (variant) => endpointOf(instance(variant), 1),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
