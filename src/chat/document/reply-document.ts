import type { ChatAction } from "../../runtime/chat-action.js";

/**
 * A piece of a line. `style` marks emphasis the way every platform can show it; consecutive pieces with the
 * same style are shown as one run (bold "Handoff to @bob from @alice:"). Text is untrusted as given: each
 * converter escapes it for its platform.
 */
export type Inline =
  | { type: "text"; text: string; style?: InlineStyle }
  | { type: "code"; text: string }
  /**
   * A chat user or group id as the platform gave it; the converter writes the mention. `notify`: this
   * person is addressed (a handoff's recipient) and may be pinged; nobody else ever is.
   */
  | { type: "person"; id: string; style?: InlineStyle; notify?: true }
  | { type: "link"; text: string; url: string };

export type InlineStyle = "strong" | "emphasis" | "struck";

/** What a part of a reply is, for platforms that colour it (Discord's embed colours): asking, the top cause... */
export type HeadingTone = "ask" | "top-cause" | "cause" | "info" | "good";

/** The shell a command is for: how it is labelled and highlighted. */
export type CodeLanguage = "powershell" | "cmd" | "gui" | "bash" | "text";

export interface DocumentButton {
  type: "button";
  label: string;
  action: ChatAction;
  style?: "primary" | "danger";
  /**
   * What the button is about ("1a", the fix it answers for), for a platform that shows buttons apart from
   * the text they belong to: Discord writes "Didn't help (1a)"; Slack shows the button under its fix.
   */
  about?: string;
}

/** A menu of choices, each carrying its action: for a question with more answers than fit as buttons. */
export interface DocumentSelect {
  type: "select";
  placeholder: string;
  options: Array<{ label: string; action: ChatAction }>;
}

export type DocumentBlock =
  /** Starts a part of the reply (a cause, the findings): Slack keeps it a bold line, Discord a new embed's title. */
  | { type: "heading"; text: Inline[]; tone?: HeadingTone }
  | { type: "paragraph"; text: Inline[] }
  | { type: "fields"; fields: Array<{ label: string; value: Inline[] }> }
  /** `start`: the number of the first item of an ordered list that goes on from an earlier message. */
  | { type: "list"; items: Inline[][]; ordered?: boolean; start?: number }
  /**
   * A command to copy exactly: never cut. A platform that cannot hold it shows `tooLong` instead (the
   * presenter's words), so a person is told where to read it rather than handed half a command.
   */
  | { type: "code"; code: string; language: CodeLanguage; tooLong: Inline[] }
  | { type: "divider" }
  /** Quiet, secondary text (Slack's context block, Discord's small subtext). */
  | { type: "note"; text: Inline[] }
  | { type: "actions"; items: Array<DocumentButton | DocumentSelect> }
  /** Asks for a pasted text: a platform with forms opens one from `open`; the others show `prompt`. */
  | { type: "form"; title: string; label: string; maxLength: number; open: DocumentButton; prompt: Inline[] }
  /**
   * A file to hand over: a platform that attaches files sends `content` as `name` under `caption`. One that
   * cannot shows `instead`, or else the caption and the content verbatim (a script too long to show carries
   * a shorter way to run it in `instead`: the collector's one-liner).
   */
  | { type: "attachment"; name: string; content: string; caption: Inline[]; instead?: DocumentBlock[] }
  /**
   * The same content at decreasing detail, most detailed first: the fitting pass picks one. `priority`
   * orders what shrinks first (higher shrinks earlier); 0 marks what the reply is about (the top cause),
   * which shrinks only when nothing else can.
   */
  | { type: "shrinkable"; priority: number; variants: DocumentBlock[][] };

/** One reply as platform-neutral blocks; `summary` is the one-line notification and fallback text. */
export interface ReplyDocument {
  summary: Inline[];
  blocks: DocumentBlock[];
}
