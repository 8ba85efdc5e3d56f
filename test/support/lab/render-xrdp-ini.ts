import type { XrdpVariant } from "./xrdp-variants.js";

export interface XrdpIniOptions {
  variant: XrdpVariant;
  /** host:port pairs; one xrdp process listens on all of them. */
  listen: readonly string[];
  certificatePath: string;
  keyPath: string;
  logFile: string;
}

/**
 * The smallest xrdp.ini that reaches negotiation and TLS (knowledge/lab.md 2.1). sesman and the Xorg
 * backend are never reached: everything the probes look at happens before a session starts.
 */
export function renderXrdpIni(options: XrdpIniOptions): string {
  const { variant } = options;
  const lines = [
    "[Globals]",
    "ini_version=1",
    "fork=true",
    `port=${options.listen.map((address) => `tcp://${address}`).join(" ")}`,
    "use_vsock=false",
    "tcp_nodelay=true",
    "tcp_keepalive=true",
    `security_layer=${variant.securityLayer}`,
    "crypt_level=high",
    `certificate=${options.certificatePath}`,
    `key_file=${options.keyPath}`,
    ...(variant.sslProtocols ? [`ssl_protocols=${variant.sslProtocols}`] : []),
    ...(variant.tlsCiphers ? [`tls_ciphers=${variant.tlsCiphers}`] : []),
    "autorun=",
    "allow_channels=true",
    "max_bpp=32",
    "new_cursors=true",
    "use_fastpath=both",
    "",
    "[Logging]",
    `LogFile=${options.logFile}`,
    "LogLevel=DEBUG",
    "EnableSyslog=false",
    "EnableConsole=false",
    "",
    "[Xorg]",
    "name=Xorg",
    "lib=libxup.so",
    "username=ask",
    "password=ask",
    "ip=127.0.0.1",
    "port=-1",
    "code=20",
    "",
  ];
  return lines.join("\n");
}
