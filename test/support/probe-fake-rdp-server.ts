import {
  type ConfirmBehaviour,
  type FakeRdpServer,
  type FakeRdpServerOptions,
  startFakeRdpServer,
} from "../../src/demo/fake-rdp-server.js";
import {
  probeRdpEndpoint,
  type RdpEndpointProbe,
  type RdpEndpointRequest,
} from "../../src/probes/probe-rdp-endpoint.js";

export interface FakeProbe {
  result: RdpEndpointProbe;
  ids: string[];
  server: FakeRdpServer;
  elapsedMs: number;
}

/**
 * Starts a fake with `options`, probes it as host "rdp-lab.local" at 127.0.0.1, and registers the fake in
 * `servers` so the test file's afterEach can close it.
 */
export async function probeFakeRdpServer(
  servers: FakeRdpServer[],
  options: FakeRdpServerOptions,
  request: Partial<RdpEndpointRequest> = {},
): Promise<FakeProbe> {
  const server = await startFakeRdpServer(options);
  servers.push(server);
  const started = Date.now();
  const result = await probeRdpEndpoint({
    address: server.address,
    port: server.port,
    host: "rdp-lab.local",
    timeoutMs: 2000,
    ...request,
  });
  return {
    result,
    ids: result.findings.map((finding) => finding.id),
    server,
    elapsedMs: Date.now() - started,
  };
}

/** xrdp `security_layer=tls`: SSL for any request that offers it, SSL_REQUIRED_BY_SERVER otherwise. */
export function tlsLayer(requestedProtocols: number | null): ConfirmBehaviour {
  return requestedProtocols !== null && (requestedProtocols & 0x01) !== 0
    ? { kind: "select", protocol: 0x01 }
    : { kind: "fail", code: 1 };
}
