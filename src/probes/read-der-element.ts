/** One DER TLV: its tag byte, its content, and the offset just past it. */
export interface DerElement {
  tag: number;
  content: Buffer;
  end: number;
}

export type DerReading =
  | { kind: "element"; element: DerElement }
  /** The bytes so far are a valid start; more must arrive before the element is complete. */
  | { kind: "incomplete"; needed: number }
  | { kind: "invalid"; reason: string };

/**
 * Reads the TLV at `offset`, trusting nothing: single-byte tags only (CredSSP needs no other), definite
 * lengths of at most 4 length bytes, and never a length reaching past `bytes`. A server's bytes are hostile
 * input, so every failure is a reason, never an exception.
 */
export function readDerElement(bytes: Buffer, offset = 0): DerReading {
  if (offset + 2 > bytes.length) return { kind: "incomplete", needed: offset + 2 };
  const tag = bytes[offset] ?? 0;
  if ((tag & 0x1f) === 0x1f) return { kind: "invalid", reason: `multi-byte DER tag 0x${hex(tag)}` };
  const first = bytes[offset + 1] ?? 0;
  let length = first;
  let header = 2;
  if (first === 0x80) return { kind: "invalid", reason: "indefinite DER length (BER, not DER)" };
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) return { kind: "invalid", reason: `DER length of ${count} bytes` };
    if (offset + 2 + count > bytes.length) return { kind: "incomplete", needed: offset + 2 + count };
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[offset + 2 + i] ?? 0);
    header = 2 + count;
  }
  const start = offset + header;
  const end = start + length;
  if (end > bytes.length) return { kind: "incomplete", needed: end };
  return { kind: "element", element: { tag, content: bytes.subarray(start, end), end } };
}

/** The TLVs that exactly fill `content` (a SEQUENCE's body); a stray byte or a short element is invalid. */
export function readDerChildren(content: Buffer): DerElement[] | { reason: string } {
  const children: DerElement[] = [];
  let offset = 0;
  while (offset < content.length) {
    const reading = readDerElement(content, offset);
    if (reading.kind === "invalid") return { reason: reading.reason };
    if (reading.kind === "incomplete")
      return { reason: `a DER element at byte ${offset} runs past its enclosing element` };
    children.push(reading.element);
    offset = reading.element.end;
  }
  return children;
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, "0");
}
