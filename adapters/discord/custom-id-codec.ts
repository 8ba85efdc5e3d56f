import { compactActionCodec } from "../../src/chat/action-codec/compact-action-codec.js";
import { discordLimits } from "./discord-limits.js";

/**
 * Discord's framing of a chat action in a custom_id of at most 100 characters (the shared compact codec):
 *
 *   rf:<verb>:<session>[:<arg>...]      e.g. rf:f:~bxwqnlt9Tgqc6y2PfmobQA:cert-expired:fix-server-clock:n
 *
 * Verbs are one letter (below); flags too: consent y|n, feedback outcome w (worked) | n (did not help).
 * Two string selects say what was picked in their values instead:
 *   rf:q:<session>:<question>[:<page>]  values are answer ids (page 2.. only when answers fill several selects)
 *   rf:v:<session>                      values are `<verb>[:<arg>...]`, an action without its session
 * The triage offer has no session yet: `rf:t:<host>`. These are on buttons in people's channels: never change.
 */
const codec = compactActionCodec({
  prefix: "rf",
  verbs: {
    consent: "c",
    answer: "a",
    skip: "s",
    "change-reading": "e",
    "results-now": "r",
    "fix-feedback": "f",
    "rule-out-cause": "o",
    recheck: "k",
    "check-server": "g",
    "paste-server-report": "w",
    "show-more": "m",
    handoff: "h",
    resume: "u",
    cancel: "x",
    "start-from-triage": "t",
  },
  answerSelectVerb: "q",
  actionSelectVerb: "v",
  spelling: { allow: { true: "y", false: "n" }, outcome: { worked: "w", "did-not-help": "n" } },
  idLength: discordLimits.customId,
  optionLength: discordLimits.optionValue,
  selectOptions: discordLimits.selectOptions,
});

export type { DecodedCompactAction as DecodedDiscordAction } from "../../src/chat/action-codec/compact-action-codec.js";

export const {
  encodeAction: encodeDiscordAction,
  encodeAnswerSelect,
  encodeAnswerOption,
  encodeActionSelect,
  encodeActionOption,
  decodeAction: decodeDiscordAction,
  ids: discordIds,
  actionOption: discordActionOption,
} = codec;
