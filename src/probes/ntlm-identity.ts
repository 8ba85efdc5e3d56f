/** How a server introduced itself in its NTLM CHALLENGE (MS-NLMP 2.2.1.2); null where it said nothing. */
export interface NtlmIdentity {
  targetName: string | null;
  netbiosComputerName: string | null;
  netbiosDomainName: string | null;
  dnsComputerName: string | null;
  dnsDomainName: string | null;
  dnsTreeName: string | null;
  /** MsvAvTimestamp as ISO 8601: the server's clock when it wrote the CHALLENGE. */
  serverTime: string | null;
  /** Present when the server set NEGOTIATE_VERSION: the Windows version it claims, e.g. 10.0.20348. */
  version: { major: number; minor: number; build: number } | null;
}

export function versionText(version: NonNullable<NtlmIdentity["version"]>): string {
  return `${version.major}.${version.minor}.${version.build}`;
}
