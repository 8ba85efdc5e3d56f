import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LabCertificate } from "./generate-certificates.js";
import { type LabProcess, startLabProcess } from "./lab-process.js";
import { LabSetupError } from "./lab-setup-error.js";
import { renderXrdpIni } from "./render-xrdp-ini.js";
import { requireTool } from "./require-tool.js";
import { waitUntilServing } from "./wait-until-serving.js";
import type { XrdpVariant } from "./xrdp-variants.js";

export interface StartXrdpOptions {
  /** Names the ini and log files; unique within `dir`. */
  name: string;
  variant: XrdpVariant;
  dir: string;
  /** Ignored when the variant's certificate is "missing". */
  certificate: LabCertificate | undefined;
  listen: readonly string[];
  netns?: string;
}

export interface XrdpInstance {
  readonly name: string;
  readonly listen: readonly string[];
  readonly iniFile: string;
  readonly logFile: string;
  readonly process: LabProcess;
  stop(): Promise<void>;
}

async function logTail(logFile: string): Promise<string> {
  const log = await readFile(logFile, "utf8").catch(() => "(no log written)");
  return log.split("\n").slice(-15).join("\n");
}

/** Starts one `xrdp -n -c FILE` (no daemon, no pid file: the test keeps the pid) and waits until it serves. */
export async function startXrdp(options: StartXrdpOptions): Promise<XrdpInstance> {
  const xrdp = requireTool("xrdp", "xrdp");
  const iniFile = path.join(options.dir, `${options.name}.ini`);
  const logFile = path.join(options.dir, `${options.name}.log`);
  const missing = path.join(options.dir, "does-not-exist");
  const certificate =
    options.variant.certificate === "missing" || !options.certificate
      ? { certPath: `${missing}.crt`, keyPath: `${missing}.key` }
      : options.certificate;
  const ini = renderXrdpIni({
    variant: options.variant,
    listen: options.listen,
    certificatePath: certificate.certPath,
    keyPath: certificate.keyPath,
    logFile,
  });
  await writeFile(iniFile, ini);
  const server = startLabProcess(
    `xrdp ${options.name}`,
    xrdp,
    ["-n", "-c", iniFile],
    options.netns ? { netns: options.netns } : {},
  );
  const serving = await waitUntilServing({
    process: server,
    listen: options.listen,
    ...(options.netns ? { netns: options.netns } : {}),
  });
  if (serving.kind !== "serving") {
    await server.stop();
    throw new LabSetupError(
      "server-did-not-start",
      `xrdp ${options.name} ${serving.kind === "exited" ? "exited" : "did not listen in time"} ` +
        `on ${options.listen.join(" ")}; last log lines:\n${await logTail(logFile)}\n${server.output()}`,
    );
  }
  return {
    name: options.name,
    listen: options.listen,
    iniFile,
    logFile,
    process: server,
    stop: () => server.stop(),
  };
}
