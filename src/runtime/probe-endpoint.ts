import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { StateStore } from "../state/state-store.js";
import {
  auditTargetProbe,
  type ProbeRequester,
  refuseByPolicy,
  runAuditedProbe,
} from "./audited-target-probe.js";
import { bearerTokenMatches } from "./bearer-token-matches.js";
import type { HttpHandler } from "./http-server.js";
import { parseHostPort } from "./parse-host-port.js";
import { renderProbeGauges } from "./probe-gauges.js";
import { runningProbes } from "./probe-limits.js";
import type { TargetCheck } from "./probe-target-check.js";
import type { RunProbes } from "./probe-with-progress.js";

/** Who the audit trail names for a scrape: the exporter, with the scraper's address in the details. */
export const exporterActor = "http:probe";
const defaultPort = 3389;

export interface ProbeEndpointOptions {
  /** RDP_FIX_PROBE_ENDPOINT_TOKEN: when set, only `Authorization: Bearer <token>` is answered. */
  token?: string;
  checkTarget: TargetCheck;
  /** The same pipeline, policy and budget as every other probe run of the process. */
  runProbes: RunProbes;
  store: StateStore;
  /** RDP_FIX_MAX_CONCURRENT_PROBES: scrapes and chat probe runs count against it together. */
  maxConcurrent: number;
  logger?: Logger;
  clock?: () => Date;
}

/**
 * GET /probe?target=host[:port]: the Prometheus multi-target exporter pattern. Each scrape is one probe run
 * of that target under the probe policy (a refused target is a 403 with the reason, and no packet is sent),
 * the concurrency cap and the audit trail, answered in the Prometheus text format.
 */
export function probeEndpoint(options: ProbeEndpointOptions): HttpHandler {
  const probing = { ...options, clock: options.clock ?? (() => new Date()) };
  let running = 0;

  const answer = (response: ServerResponse, status: number, body: string, headers = {}) =>
    void response
      .writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers })
      .end(`${body}\n`);

  /** The exporter as its audit records name it, with the scraper's address. */
  const requester = (request: IncomingMessage): ProbeRequester => ({
    actor: exporterActor,
    platform: "http",
    details: { client: request.socket.remoteAddress ?? "unknown" },
  });

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== "GET") return answer(response, 405, "only GET is served here", { allow: "GET" });
    if (options.token !== undefined && !bearerTokenMatches(request.headers.authorization, options.token))
      return answer(response, 401, "a bearer token is required", { "www-authenticate": "Bearer" });
    const raw = new URL(request.url ?? "/", "http://localhost").searchParams.get("target");
    if (raw === null)
      return answer(response, 400, "the target parameter is missing: /probe?target=host[:port]");
    const parsed = parseHostPort(raw);
    if (!parsed.ok) return answer(response, 400, `target: ${parsed.problem}`);
    const target = { host: parsed.host, port: parsed.port ?? defaultPort };
    const policy = await refuseByPolicy(probing, target, requester(request));
    if ("refusal" in policy) return answer(response, 403, policy.refusal);
    // Counted before the first await, so two scrapes arriving together cannot both take the last place.
    if (running >= options.maxConcurrent) return refuseBusy(request, response, target);
    running += 1;
    try {
      const elsewhere = await runningProbes(options.store);
      if (running + elsewhere > options.maxConcurrent) return await refuseBusy(request, response, target);
      const { facts } = await runAuditedProbe(probing, target, requester(request));
      const { contentType, body } = await renderProbeGauges(facts);
      response.writeHead(200, { "content-type": contentType }).end(body);
    } finally {
      running -= 1;
    }
  };

  const refuseBusy = async (
    request: IncomingMessage,
    response: ServerResponse,
    target: { host: string; port: number },
  ) => {
    const message = `${options.maxConcurrent} probe runs are going on already, the most this bot runs at once (RDP_FIX_MAX_CONCURRENT_PROBES).`;
    await auditTargetProbe(probing, target, requester(request), "refused", {
      reason: "concurrency",
      message,
    });
    answer(response, 503, message, { "retry-after": "60" });
  };

  return (request, response) =>
    void serve(request, response).catch((error: unknown) => {
      options.logger?.error({ err: error }, "probe endpoint failed");
      if (!response.headersSent) answer(response, 500, "the probe endpoint failed; see the bot's log");
      else response.destroy();
    });
}
