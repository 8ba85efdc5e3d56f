/** A platform's command syntax (`/rdp-fix <host>`, `@rdp-fix <host>`) with a host in its place. */
export function commandFor(commandSyntax: string, host: string): string {
  return commandSyntax.replaceAll("<host>", host);
}
