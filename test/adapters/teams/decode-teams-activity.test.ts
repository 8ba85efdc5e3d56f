import { describe, expect, it } from "vitest";
import { decodeTeamsActivity } from "../../../adapters/teams/decode-teams-activity.js";
import { encodeTeamsAction, withTriagePost } from "../../../adapters/teams/teams-action-codec.js";
import { teamsChatPort } from "../../../adapters/teams/teams-chat-port.js";
import {
  cardExecute,
  cardSubmit,
  channelMention,
  channelPost,
  personalMessage,
  replyInChain,
  teamsIds,
} from "../../support/teams/teams-activities.js";

const serviceUrl = "https://smba.trafficmanager.net/emea/";
const decode = (activity: unknown) => decodeTeamsActivity(activity);
const chain = `teams:${teamsIds.channel};messageid=${teamsIds.rootMessage} ${serviceUrl}`;
const inChannel = { conversation: chain, user: teamsIds.userAad, channel: teamsIds.channel };
// The words are read with the shared grammar (src/chat/read-text-command.ts) through Teams' port.
const read = (text: string) =>
  teamsChatPort(() => {
    throw new Error("reading words posts nothing");
  }).readCommand?.(text);

describe("decodeTeamsActivity: a Teams activity as what the shared inbox takes", () => {
  it("GIVEN `@rdp-fix host42 0x904 since monday` at the top of a channel THEN words for the bot, in that post's reply chain, the mention stripped", () => {
    const input = decode(channelMention("host42 0x904 since monday", { serviceUrl }));
    expect(input).toEqual({
      kind: "message",
      text: "host42 0x904 since monday",
      to: "bot",
      inChain: false,
      where: { ...inChannel, activityId: teamsIds.rootMessage },
    });
    expect(read("host42 0x904 since monday")).toEqual({
      kind: "start",
      host: "host42",
      text: "0x904 since monday",
    });
  });

  it("GIVEN `@rdp-fix host42 -p 3390` inside a reply chain THEN words for the bot in that same chain, read with the port", () => {
    const inside = { ...channelMention("host42 -p 3390", { serviceUrl, id: "1700000000050" }) };
    inside.conversation = {
      ...inside.conversation,
      id: `${teamsIds.channel};messageid=${teamsIds.rootMessage}`,
    };
    expect(decode(inside)).toMatchObject({
      kind: "message",
      to: "bot",
      inChain: true,
      where: { conversation: chain },
    });
    expect(read("host42 -p 3390")).toMatchObject({ kind: "start", host: "host42", port: 3390 });
  });

  it("GIVEN `host42 ...` or `diagnose host42` in a personal chat THEN words for the bot in that chat, with no channel", () => {
    const where = {
      conversation: `teams:${teamsIds.personalChat} ${serviceUrl}`,
      user: teamsIds.userAad,
      activityId: "1700000000200",
    };
    expect(decode(personalMessage("host42 black screen", { serviceUrl }))).toEqual({
      kind: "message",
      text: "host42 black screen",
      to: "bot",
      inChain: false,
      where,
    });
    expect(read("diagnose host42")).toEqual({ kind: "start", host: "host42", text: "" });
  });

  it("GIVEN help, a bad port or a handoff THEN help, invalid with the shared wording, handoff to the mentioned person", () => {
    expect(read("help")).toMatchObject({ kind: "help" });
    expect(read("host42 -p 99999")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("I cannot use that port"),
    });
    const handoff = decode(channelMention("handoff <at>Bob Smith</at>", { serviceUrl }));
    expect(handoff).toMatchObject({ kind: "message", where: { conversation: chain } });
    expect(read(handoff.kind === "message" ? handoff.text : "")).toEqual({
      kind: "handoff",
      to: "@Bob Smith",
    });
    expect(read("handoff everyone; drop table")).toMatchObject({ kind: "invalid" });
  });

  it("GIVEN an Action.Execute click carrying a ChatAction THEN click with the session, in the card's reply chain", () => {
    const data = encodeTeamsAction({ kind: "consent", allow: true }, "session-1");
    expect(decode(cardExecute(data, { serviceUrl }))).toMatchObject({
      kind: "click",
      action: { kind: "consent", allow: true },
      sessionId: "session-1",
      where: { conversation: chain, channel: teamsIds.channel, user: teamsIds.userAad },
    });
  });

  it("GIVEN the triage offer's button with the post it answered THEN the click carries the post's words", () => {
    const offer = withTriagePost(
      { data: encodeTeamsAction({ kind: "start-from-triage", host: "10.1.2.3" }, "") },
      "RDP fails since monday",
    );
    expect(decode(cardExecute(offer.data, { serviceUrl }))).toMatchObject({
      kind: "click",
      action: { kind: "start-from-triage", host: "10.1.2.3" },
      where: { conversation: chain, starter: "RDP fails since monday" },
    });
  });
  it("GIVEN an Action.Submit of the answer select and of the paste form THEN the chosen answer, and the pasted report", () => {
    const select = {
      ...encodeTeamsAction({ kind: "answer-select", questionId: "error-code" }, "s-1"),
      answer: "code-0x904",
    };
    expect(decode(cardSubmit(select, { serviceUrl }))).toMatchObject({
      kind: "click",
      action: { kind: "answer", questionId: "error-code", answerId: "code-0x904" },
    });
    const form = {
      ...encodeTeamsAction({ kind: "submit-server-report" }, "s-1"),
      report: "RDPFIX1:H4sIAAAA",
    };
    expect(decode(cardSubmit(form, { serviceUrl }))).toMatchObject({
      kind: "paste",
      text: "RDPFIX1:H4sIAAAA",
      sessionId: "s-1",
    });
  });

  it("GIVEN forged card data THEN invalid, never a click", () => {
    const forged = {
      rdpfix: 1,
      session: "s-1",
      action: { kind: "answer", questionId: "../../x", answerId: "y" },
    };
    expect(decode(cardExecute(forged, { serviceUrl }))).toMatchObject({ kind: "invalid" });
    expect(
      decode(cardExecute({ rdpfix: 1, session: "", action: { kind: "cancel" } }, { serviceUrl })),
    ).toMatchObject({
      kind: "invalid",
    });
  });

  it("GIVEN a reply in the reply chain THEN words read only for a pasted report, in that chain", () => {
    expect(decode(replyInChain("here: RDPFIX1:H4sIAAAA", { serviceUrl }))).toMatchObject({
      kind: "message",
      text: "here: RDPFIX1:H4sIAAAA",
      to: "chain",
      where: { conversation: chain },
    });
  });

  it("GIVEN a top-level channel post THEN words for triage, in its own reply chain", () => {
    const post = channelPost("Can't RDP to 10.1.2.3, error code 0x904 extended 0x7", {
      serviceUrl,
      id: "1700000000300",
    });
    expect(decode(post)).toMatchObject({
      kind: "message",
      to: "channel",
      text: "Can't RDP to 10.1.2.3, error code 0x904 extended 0x7",
      where: {
        conversation: `teams:${teamsIds.channel};messageid=1700000000300 ${serviceUrl}`,
        channel: teamsIds.channel,
      },
    });
  });

  it("GIVEN the bot's own message, a conversationUpdate, or a serviceUrl that is no URL THEN ignore", () => {
    expect(decode({ ...channelPost("0x904", { serviceUrl }), serviceUrl: "x y" })).toMatchObject({
      kind: "ignore",
    });
    const own = channelPost("0x904", { serviceUrl });
    expect(decode({ ...own, from: own.recipient })).toMatchObject({ kind: "ignore" });
    expect(
      decode({ ...channelPost("", { serviceUrl }), type: "conversationUpdate", text: undefined }),
    ).toMatchObject({ kind: "ignore" });
    expect(decode({ nonsense: true })).toMatchObject({ kind: "ignore" });
  });
});
