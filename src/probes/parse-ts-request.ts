import { type DerElement, readDerChildren, readDerElement } from "./read-der-element.js";

/** The parts of a server's TSRequest (MS-CSSP 2.2.1) that the identity probe reads. */
export interface TsRequest {
  version: number;
  /** The first negoToken: the server's NTLM CHALLENGE; null when the server sent none. */
  negoToken: Buffer | null;
  /** The NTSTATUS the server reports instead of a token (version 3 and later); null when absent. */
  errorCode: number | null;
}

export type TsRequestReading =
  | { kind: "parsed"; request: TsRequest }
  /** A valid start of a TSRequest no longer than `maxBytes`: read more. */
  | { kind: "incomplete" }
  | { kind: "unreadable"; reason: string };

/** CredSSP answers to a NEGOTIATE are a few hundred bytes; anything near this is not a TSRequest. */
export const maxTsRequestBytes = 64 * 1024;

export function parseTsRequest(bytes: Buffer, maxBytes = maxTsRequestBytes): TsRequestReading {
  // Judged on the first byte, so a server answering with text is caught before its "length" is awaited.
  if (bytes.length > 0 && bytes[0] !== 0x30)
    return { kind: "unreadable", reason: "the answer is not a DER SEQUENCE" };
  const outer = readDerElement(bytes);
  if (outer.kind === "invalid") return { kind: "unreadable", reason: outer.reason };
  if (outer.kind === "incomplete") {
    return outer.needed > maxBytes
      ? { kind: "unreadable", reason: `the answer declares ${outer.needed} bytes, over the ${maxBytes} cap` }
      : { kind: "incomplete" };
  }
  const fields = readDerChildren(outer.element.content);
  if (!Array.isArray(fields)) return { kind: "unreadable", reason: fields.reason };
  const field = (n: number) => fields.find((f) => f.tag === (0xa0 | n));

  const version = explicitInteger(field(0));
  if (version === null) return { kind: "unreadable", reason: "the TSRequest has no readable version" };
  const errorField = field(4);
  const errorCode = errorField === undefined ? null : explicitInteger(errorField);
  if (errorField !== undefined && errorCode === null)
    return { kind: "unreadable", reason: "the TSRequest errorCode is not a small INTEGER" };
  const tokensField = field(1);
  const negoToken = tokensField === undefined ? null : firstNegoToken(tokensField);
  if (negoToken !== null && "reason" in negoToken) return { kind: "unreadable", reason: negoToken.reason };
  return { kind: "parsed", request: { version, negoToken, errorCode } };
}

/** `[n] INTEGER` of at most 4 content bytes, read as unsigned (an NTSTATUS has its high bit set). */
function explicitInteger(field: DerElement | undefined): number | null {
  if (field === undefined) return null;
  const inner = readDerElement(field.content);
  if (inner.kind !== "element" || inner.element.tag !== 0x02) return null;
  const content = inner.element.content;
  if (content.length === 0 || content.length > 5 || inner.element.end !== field.content.length) return null;
  return content.reduce((value, byte) => value * 256 + byte, 0) % 2 ** 32;
}

/** negoTokens: SEQUENCE OF SEQUENCE { [0] OCTET STRING }; the first token is the one that matters. */
function firstNegoToken(field: DerElement): Buffer | { reason: string } {
  const broken = { reason: "the TSRequest negoTokens are not SEQUENCE OF SEQUENCE { [0] OCTET STRING }" };
  const list = readDerElement(field.content);
  if (list.kind !== "element" || list.element.tag !== 0x30) return broken;
  const items = readDerChildren(list.element.content);
  if (!Array.isArray(items)) return { reason: items.reason };
  const first = items[0];
  if (first === undefined || first.tag !== 0x30) return broken;
  const parts = readDerChildren(first.content);
  if (!Array.isArray(parts)) return { reason: parts.reason };
  const tokenField = parts.find((p) => p.tag === 0xa0);
  if (tokenField === undefined) return broken;
  const token = readDerElement(tokenField.content);
  if (token.kind !== "element" || token.element.tag !== 0x04) return broken;
  return token.element.content;
}
