/** ANSI styling that disappears when the output is not a terminal, so pipes and files get plain text. */
export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colourStyle: TerminalStyle = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  good: wrap(32, 39),
  bad: wrap(31, 39),
};
export const plainStyle: TerminalStyle = { bold: (t) => t, dim: (t) => t, good: (t) => t, bad: (t) => t };
