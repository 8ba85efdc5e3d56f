/*
 * A hostile server (certificate names, banners) or user (symptom, host as typed) must not be able to drive a
 * terminal or fake a chat line: ESC/CSI/OSC sequences can clear the screen, set the window title or rewrite
 * what was printed; bidi controls reorder what a reader sees; a CR or LF starts a line that looks like ours.
 */

// CSI (ESC [ or 8-bit 0x9B): parameters, intermediates, one final byte.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
const csi = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
// OSC, DCS, SOS, PM, APC (7- and 8-bit) run to BEL or ST; unterminated, a terminal swallows the rest too.
const stringSequence =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
  /(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
// Every other escape: ESC, intermediates, one final byte (charset switches, RIS `ESC c`, ...).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
const otherEscape = /\u001b[ -/]*[0-~]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
const lineBreak = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
const tab = /\t/g;
// Remaining C0 (but tab and LF, which each caller handles), DEL and C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const bidi = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Untrusted text as one harmless line: escape sequences removed whole, other control characters and bidi
 * controls removed, line breaks and tabs turned into spaces. Pure; idempotent.
 */
export function safeDisplayText(text: string): string {
  return stripSequences(text)
    .replace(lineBreak, " ")
    .replace(tab, " ")
    .replace(control, "")
    .replace(bidi, "");
}

/** The same, for text meant to span lines (a command): line breaks become `\n` and stay, and so do tabs. */
export function safeDisplayLines(text: string): string {
  return stripSequences(text).replace(lineBreak, "\n").replace(control, "").replace(bidi, "");
}

function stripSequences(text: string): string {
  return text.replace(stringSequence, "").replace(csi, "").replace(otherEscape, "");
}
