/** The terminal as the CLI sees it; tests pass their own to drive a conversation. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Present only when a person is at the keyboard: shows the prompt, resolves with one line, undefined at EOF. */
  readLine?: (prompt: string) => Promise<string | undefined>;
  /**
   * One raw input line, undefined at end of input; present whether or not stdin is a terminal, and used
   * only by `diagnose --jsonl` (the interactive path reads with readLine).
   */
  readInputLine?: () => Promise<string | undefined>;
  colour: boolean;
}
