/**
 * Names of metadata services, refused before any lookup. The address check would catch them after
 * resolution anyway; refusing the name too gives a clearer message and keeps the lookup itself off
 * the metadata resolver.
 */
const deniedNames: ReadonlyMap<string, string> = new Map([
  ["metadata.google.internal", "the Google Cloud metadata service"],
  ["metadata.goog", "the Google Cloud metadata service"],
  ["metadata", "the Google Cloud metadata service (short name)"],
  ["instance-data", "the AWS metadata service (short name)"],
  ["instance-data.ec2.internal", "the AWS metadata service"],
]);

/** `name` must already be lowercase without a trailing dot, as parseHostnameInput returns it. */
export function hostnameAlwaysDenied(name: string): string | undefined {
  return deniedNames.get(name);
}
