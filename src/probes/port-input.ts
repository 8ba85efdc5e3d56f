/** A TCP/UDP port as typed (`"3389"`) or configured (`3389`), read strictly. */
export type PortInput = { kind: "port"; port: number } | { kind: "invalid"; reason: string };

/**
 * Digits only, no sign, no leading zero, no exponent or hex: `Number()` would take `"3389.0"`, `"0xd3d"`
 * and `" 3389"`, and a policy should not depend on what a converter forgives.
 */
export function parsePortInput(value: string | number): PortInput {
  const text = typeof value === "number" ? String(value) : value;
  if (!/^[1-9]\d{0,4}$/.test(text) || Number(text) > 65535) {
    return { kind: "invalid", reason: `${JSON.stringify(value)} is not a port (a whole number 1-65535)` };
  }
  return { kind: "port", port: Number(text) };
}
