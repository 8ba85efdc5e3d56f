import { z } from "zod";

/**
 * What the read-only PowerShell collector (collector/rdp-fix-collector.ps1) reports about one Windows host.
 * Every fact is nullable: null means the collector could not read it, and `unreadable` says why, so a partial
 * report from a locked-down server still counts for what it does hold. Strings are capped: a report is pasted
 * into chat, and nothing in it may grow without bound.
 */

/** UTC, as the collector writes every time ("2026-11-21T09:00:00Z"), so times compare as written. */
const time = z.iso.datetime();
const short = z.string().max(300);

/** One event id in the last 24 hours: how often, and the newest message (capped by the collector). */
const eventCount = z
  .object({
    count: z.number().int().min(0),
    latest: z.object({ at: time, message: short }).nullable(),
  })
  .nullable();

/** Schannel 36888 also carries the TLS alert and the Schannel error state of its newest event. */
const alertEventCount = z
  .object({
    count: z.number().int().min(0),
    latest: z
      .object({
        at: time,
        message: short,
        alert: z.number().int().nullable(),
        state: z.number().int().nullable(),
      })
      .nullable(),
  })
  .nullable();

/**
 * A registry DWORD that picks one of a few documented values. Read as it is, not clamped to the values
 * Windows documents: a stray value is a fact too and must not sink the whole report. But no DWORD is negative
 * or above 0xFFFFFFFF, so such a value was not read from Windows and the report is refused.
 */
const dwordSetting = z.number().int().min(0).max(0xffff_ffff);

const service = z.object({ status: z.string().max(40), startType: z.string().max(40) }).nullable();

const firewallRule = z.object({
  name: short,
  enabled: z.boolean(),
  // As Windows names them (Inbound, Allow, Block); kept open so an unusual value does not sink the report.
  direction: z.string().max(20),
  action: z.string().max(20),
  profiles: z.string().max(100).describe("Any, or a comma list of Domain, Private, Public"),
  remoteAddresses: z.array(z.string().max(100)).max(20),
  localPorts: z.array(z.string().max(40)).max(20),
});

const protocolSwitch = z.object({
  protocol: z.enum(["SSL 3.0", "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3"]),
  side: z.enum(["Server", "Client"]),
  /** The registry DWORDs under SCHANNEL\Protocols\<protocol>\<side>; null when the value is not set. */
  enabled: z.number().int().nullable(),
  disabledByDefault: z.number().int().nullable(),
});

export const serverReportSchema = z.object({
  format: z.literal("rdp-fix-server-report"),
  version: z.literal(1),
  collectedAt: time,
  computer: z.object({
    name: z.string().min(1).max(63),
    domain: z.string().max(255).nullable(),
    os: z.string().max(200).nullable(),
    build: z.number().int().nullable(),
    /** File version of %SystemRoot%\System32\tspkg.dll: the CredSSP update level (CVE-2018-0886). */
    tspkgVersion: z.string().max(40).nullable(),
  }),
  listener: z.object({
    securityLayer: dwordSetting.nullable().describe("0 RDP, 1 Negotiate, 2 TLS"),
    userAuthentication: dwordSetting.nullable().describe("1: NLA required"),
    minEncryptionLevel: dwordSetting.nullable().describe("1 low .. 3 high, 4 FIPS"),
    portNumber: z.number().int().min(1).max(65535).nullable(),
    denyConnections: z.boolean().nullable().describe("fDenyTSConnections, policy first"),
    maxOutstandingConnections: z.number().int().min(0).nullable(),
    certificateHash: z
      .string()
      .regex(/^[0-9A-F]{40}$/)
      .nullable()
      .describe("SSLCertificateSHA1Hash of Win32_TSGeneralSetting (RDP-Tcp)"),
  }),
  certificate: z
    .object({
      thumbprint: z.string().regex(/^[0-9A-F]{40}$/),
      /** Where the listener's certificate was found; null: in neither store. */
      store: z.enum(["Remote Desktop", "My"]).nullable(),
      subject: short.nullable(),
      dnsNames: z.array(z.string().max(255)).max(20),
      issuer: short.nullable(),
      notBefore: time.nullable(),
      notAfter: time.nullable(),
      keyProvider: short.nullable(),
      /** Whether NETWORK SERVICE (which TermService runs as) may read the private key file. */
      keyAccess: z
        .enum([
          "network-service-can-read",
          "network-service-cannot-read",
          "no-private-key",
          "key-file-missing",
        ])
        .nullable(),
    })
    .nullable(),
  services: z.object({ termService: service, sessionEnv: service, umRdpService: service }),
  listening: z
    .object({
      port: z.number().int().min(1).max(65535),
      sockets: z.number().int().min(0),
      /** Whether the process listening on the port is the one TermService runs in; null when nothing listens. */
      ownedByTermService: z.boolean().nullable(),
    })
    .nullable(),
  firewall: z
    .object({
      profiles: z.array(z.object({ name: z.string().max(20), enabled: z.boolean() })).max(3),
      /** The profiles of the networks the host is on now (Get-NetConnectionProfile). */
      activeProfiles: z.array(z.enum(["Domain", "Private", "Public"])).max(3),
      /** Every inbound TCP rule for the listener's port, Remote Desktop's own and any other. */
      rules: z.array(firewallRule).max(20),
    })
    .nullable(),
  schannel: z.object({
    protocols: z.array(protocolSwitch).max(10).nullable(),
    /** The SSL Cipher Suite Order policy (Functions); null when the policy is not configured. */
    cipherSuiteOrder: z.array(z.string().max(80)).max(80).nullable(),
    fipsPolicy: z.boolean().nullable(),
    allowEncryptionOracle: dwordSetting
      .nullable()
      .describe("0 Force Updated Clients, 1 Mitigated, 2 Vulnerable"),
  }),
  hotfixes: z
    .array(z.string().regex(/^KB\d{6,8}$/))
    .max(40)
    .nullable()
    .describe("the installed updates among those rdp-fix looks for"),
  events: z.object({
    "rcm-1057": eventCount,
    "rcm-1058": eventCount,
    "rcm-1006": eventCount,
    "schannel-36870": eventCount,
    "schannel-36871": eventCount,
    "schannel-36874": eventCount,
    "schannel-36888": alertEventCount,
    /** Failed logons: a count only, never a message (it names users). */
    "security-4625": z.object({ count: z.number().int().min(0) }).nullable(),
  }),
  unreadable: z.array(z.object({ fact: z.string().max(80), reason: short })).max(60),
});

export type ServerReport = z.infer<typeof serverReportSchema>;
