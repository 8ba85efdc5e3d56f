import { LabSetupError } from "./lab-setup-error.js";

/** Namespaces and iptables need CAP_NET_ADMIN; CI runs as root, so a non-root run is a set-up mistake. */
export function requireRoot(what: string): void {
  if (process.getuid?.() !== 0) {
    throw new LabSetupError(
      "not-root",
      `${what} needs root (network namespaces and iptables need CAP_NET_ADMIN): run the lab tests as root, as CI does`,
    );
  }
}
