import { type NamespaceLab, startNamespaceLab } from "../../test/support/lab/start-namespace-lab.js";
import { startShadowLab } from "../../test/support/lab/start-shadow-lab.js";
import type { ShadowMode } from "../../test/support/lab/start-shadow-server.js";
import { type LabEndpoint, startXrdpLab } from "../../test/support/lab/start-xrdp-lab.js";
import type { XrdpVariantName } from "../../test/support/lab/xrdp-variants.js";
import { type ExporterScrape, scrapeExporter } from "./exporter-peer.js";
import type { IssueWindow } from "./grade-answers.js";
import type { LabTarget } from "./lab-targets.js";
import { type RdpFixRun, runRdpFix } from "./rdp-fix-peer.js";

/** One target made real: where it listens, where the tools run from, and when its certificate was made. */
export interface PlacedTarget {
  endpoint: LabEndpoint;
  /** The client network namespace the tools run in; absent on loopback. */
  netns?: string;
  issued: IssueWindow;
  /** Applies the target's network fault (namespace targets); a no-op elsewhere. */
  prepare(): Promise<void>;
  runRdpFix(): Promise<RdpFixRun>;
  /** One scrape of rdp-fix's exporter, served and fetched from where the tools run. */
  scrapeExporter(): Promise<ExporterScrape>;
}

export interface BenchLabs {
  place(target: LabTarget): PlacedTarget;
  stop(): Promise<void>;
}

const loopbackCidr = "127.0.0.0/8";
const namespaceServerCidr = "10.201.0.0/24";
const rdpFixMainScript = "bench/probe/rdp-fix-probe-main.ts";
const exporterMainScript = "bench/probe/exporter-scrape-main.ts";

/** Starts something that makes certificates, noting when: those certificates are dated inside the window. */
async function timed<T>(start: () => Promise<T>): Promise<{ value: T; issued: IssueWindow }> {
  const from = new Date();
  const value = await start();
  return { value, issued: { from, to: new Date() } };
}

/**
 * Starts the labs the targets need, all at once: xrdp variants and FreeRDP shadow modes on 127.0.1.N:3389,
 * and the namespace lab with one xrdp that every namespace target shares. If any lab fails, the others are
 * stopped.
 */
export async function startBenchLabs(targets: readonly LabTarget[]): Promise<BenchLabs> {
  const variants: XrdpVariantName[] = [];
  const modes: ShadowMode[] = [];
  const namespaceVariants = new Set<XrdpVariantName>();
  for (const { source } of targets) {
    if (source.lab === "xrdp") variants.push(source.variant);
    else if (source.lab === "shadow") modes.push(source.mode);
    else namespaceVariants.add(source.variant);
  }
  // nmap needs port 3389 and the namespace lab has one server address, so one server serves every fault.
  if (namespaceVariants.size > 1) throw new Error("namespace targets must share one xrdp variant");
  const [namespaceVariant] = namespaceVariants;
  const [xrdpStart, shadowStart, namespaceStart] = await Promise.allSettled([
    variants.length > 0 ? timed(() => startXrdpLab({ variants })) : undefined,
    modes.length > 0 ? timed(() => startShadowLab({ modes })) : undefined,
    namespaceVariant ? startNamespaceXrdp(namespaceVariant) : undefined,
  ]);
  const xrdp = fulfilled(xrdpStart);
  const shadow = fulfilled(shadowStart);
  const namespace = fulfilled(namespaceStart);
  // Once only: a signal handler and the run's own `finally` may both ask.
  let stopped: Promise<unknown> | undefined;
  const stop = async () => {
    stopped ??= Promise.allSettled([xrdp?.value.stop(), shadow?.value.stop(), namespace?.lab.stop()]);
    await stopped;
  };
  const failure = [xrdpStart, shadowStart, namespaceStart].find((s) => s.status === "rejected");
  if (failure) {
    await stop();
    throw failure.reason;
  }

  const onLoopback = (endpoint: LabEndpoint, issued: IssueWindow): PlacedTarget => ({
    endpoint,
    issued,
    prepare: async () => {},
    runRdpFix: () => runRdpFix(endpoint, loopbackCidr),
    scrapeExporter: () => scrapeExporter(endpoint, loopbackCidr),
  });
  return {
    place(target) {
      const { source } = target;
      if (source.lab === "xrdp" && xrdp)
        return onLoopback(xrdp.value.endpoint3389(source.variant), xrdp.issued);
      if (source.lab === "shadow" && shadow)
        return onLoopback(shadow.value.endpoint(source.mode), shadow.issued);
      if (source.lab !== "namespace" || !namespace) throw new Error(`${target.name} was not started`);
      const { lab, endpoint, issued } = namespace;
      const args = [endpoint.host, String(endpoint.port), namespaceServerCidr];
      return {
        endpoint,
        netns: lab.topology.names.client,
        issued,
        prepare: () => lab.setFault(source.fault),
        runRdpFix: () => lab.runInClient<RdpFixRun>(rdpFixMainScript, args, { timeoutMs: 60_000 }),
        // The exporter listens on the client namespace's own loopback, so the scrape's probe takes that path.
        scrapeExporter: () =>
          lab.runInClient<ExporterScrape>(exporterMainScript, args, { timeoutMs: 60_000 }),
      };
    },
    stop,
  };
}

function fulfilled<T>(settled: PromiseSettledResult<T>): T | undefined {
  return settled.status === "fulfilled" ? settled.value : undefined;
}

async function startNamespaceXrdp(variant: XrdpVariantName) {
  const lab: NamespaceLab = await startNamespaceLab();
  try {
    const { value: endpoint, issued } = await timed(() => lab.startXrdp(variant));
    return { lab, endpoint, issued };
  } catch (error) {
    await lab.stop();
    throw error;
  }
}
