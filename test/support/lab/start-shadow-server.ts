import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { LabCertificate } from "./generate-certificates.js";
import { type LabProcess, startLabProcess } from "./lab-process.js";
import { LabSetupError } from "./lab-setup-error.js";
import { requireTool } from "./require-tool.js";
import { waitUntilServing } from "./wait-until-serving.js";

/** nla: HYBRID required (real CredSSP/NTLM); tls: SSL required; rdp: standard RDP security only. */
export type ShadowMode = "nla" | "tls" | "rdp";

export interface StartShadowServerOptions {
  mode: ShadowMode;
  display: string;
  /** A directory of its own: it becomes XDG_CONFIG_HOME, where the server keeps its certificate. */
  dir: string;
  host: string;
  port: number;
  /** Required for "nla". */
  samFile?: string;
  /** Use this certificate instead of the one the server generates (CN=<hostname>, 5 years). */
  certificate?: LabCertificate;
  netns?: string;
}

export interface ShadowServer {
  readonly mode: ShadowMode;
  readonly host: string;
  readonly port: number;
  readonly process: LabProcess;
  stop(): Promise<void>;
}

/** Starts FreeRDP's shadow server, the lab's only server that speaks NLA (knowledge/lab.md section 5). */
export async function startShadowServer(options: StartShadowServerOptions): Promise<ShadowServer> {
  const shadow = requireTool("freerdp-shadow-cli", "freerdp2-shadow-x11");
  if (options.mode === "nla" && !options.samFile) {
    throw new Error("startShadowServer: mode nla needs a samFile (see createSamFile)");
  }
  if (options.certificate) {
    const certDir = path.join(options.dir, "freerdp", "shadow");
    await mkdir(certDir, { recursive: true });
    await copyFile(options.certificate.certPath, path.join(certDir, "shadow.crt"));
    await copyFile(options.certificate.keyPath, path.join(certDir, "shadow.key"));
  }
  const args = [`/bind-address:${options.host}`, `/port:${options.port}`, `/sec:${options.mode}`];
  if (options.samFile) args.push(`/sam-file:${options.samFile}`);
  const server = startLabProcess(`freerdp-shadow-cli ${options.mode}`, shadow, args, {
    env: { DISPLAY: options.display, XDG_CONFIG_HOME: options.dir },
    ...(options.netns ? { netns: options.netns } : {}),
  });
  const listen = [`${options.host}:${options.port}`];
  const serving = await waitUntilServing({
    process: server,
    listen,
    ...(options.netns ? { netns: options.netns } : {}),
  });
  if (serving.kind !== "serving") {
    await server.stop();
    throw new LabSetupError(
      "server-did-not-start",
      `freerdp-shadow-cli /sec:${options.mode} ${serving.kind} on ${listen[0]}:\n${server.output().slice(-3000)}`,
    );
  }
  return {
    mode: options.mode,
    host: options.host,
    port: options.port,
    process: server,
    stop: () => server.stop(),
  };
}
