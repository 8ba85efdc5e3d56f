import { gzipSync } from "node:zlib";

/**
 * One line to paste into an elevated Windows PowerShell that runs the collector unchanged: the script travels
 * gzipped in base64 (a few kilobytes instead of the 30 an -EncodedCommand would take) and is unpacked in
 * memory. Base64 holds no quote, so the single-quoted string cannot be broken out of.
 */
export function collectorOneLiner(script: string): string {
  const packed = gzipSync(Buffer.from(script, "utf8"), { level: 9 }).toString("base64");
  return (
    "& ([scriptblock]::Create([IO.StreamReader]::new([IO.Compression.GZipStream]::new(" +
    `[IO.MemoryStream]::new([Convert]::FromBase64String('${packed}')),` +
    "[IO.Compression.CompressionMode]::Decompress)).ReadToEnd()))"
  );
}
