/**
 * The one-line form of a report: `RDPFIX1:` + base64 of gzip of `<checksum>\n<json>`, where the checksum is the
 * first 16 hex digits of the SHA-256 of the JSON's UTF-8 bytes. The version is in the prefix so that a future
 * format is refused by name before anything is decoded; the whole line must fit one Discord modal field.
 */
export const serverReportLinePrefix = "RDPFIX1:";
export const serverReportLineVersion = 1;
export const maxServerReportLineLength = 4000;
/** Decompressed or pasted JSON larger than this is refused, so a small line cannot expand into a huge one. */
export const maxServerReportJsonBytes = 64 * 1024;
export const serverReportChecksumDigits = 16;
/**
 * What a paste may add around the line or the JSON: a console's line wraps, a code fence, a few words. The
 * paste is measured as it came, before any of that is stripped, so stripping cannot let a huge paste through.
 */
export const serverReportPasteAllowance = 1000;
