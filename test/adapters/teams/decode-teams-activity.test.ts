import { describe, expect, it } from "vitest";
import { decodeTeamsActivity } from "../../../adapters/teams/decode-teams-activity.js";
import { encodeTeamsAction } from "../../../adapters/teams/teams-action-codec.js";
import { defaultFlowDir } from "../../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../../src/flow/load-default-flow.js";
import {
  cardExecute,
  cardSubmit,
  channelMention,
  channelPost,
  personalMessage,
  replyInChain,
  teamsIds,
} from "../../support/teams/teams-activities.js";

const flow = await loadDefaultFlow(defaultFlowDir());
const serviceUrl = "https://smba.trafficmanager.net/emea/";
const decode = (activity: unknown) => decodeTeamsActivity(activity, flow);
const chain = `teams:${teamsIds.channel};messageid=${teamsIds.rootMessage}`;
const inChannel = { conversation: chain, serviceUrl, user: teamsIds.userAad, channel: teamsIds.channel };

describe("decodeTeamsActivity: a Teams activity as the platform-neutral input", () => {
  it("GIVEN `@rdp-fix host42 0x904 since monday` at the top of a channel THEN start in that post's reply chain, the mention stripped", () => {
    expect(decode(channelMention("host42 0x904 since monday", { serviceUrl }))).toEqual({
      kind: "start",
      host: "host42",
      text: "0x904 since monday",
      where: { ...inChannel, activityId: teamsIds.rootMessage },
    });
  });

  it("GIVEN `@rdp-fix host42 -p 3390` inside a reply chain THEN start with the port, in that same chain", () => {
    const inside = { ...channelMention("host42 -p 3390", { serviceUrl, id: "1700000000050" }) };
    inside.conversation = {
      ...inside.conversation,
      id: `${teamsIds.channel};messageid=${teamsIds.rootMessage}`,
    };
    expect(decode(inside)).toMatchObject({
      kind: "start",
      host: "host42",
      port: 3390,
      where: { conversation: chain },
    });
  });

  it("GIVEN `host42 ...` or `diagnose host42` in a personal chat THEN start in that chat, with no channel", () => {
    const where = {
      conversation: `teams:${teamsIds.personalChat}`,
      serviceUrl,
      user: teamsIds.userAad,
      activityId: "1700000000200",
    };
    expect(decode(personalMessage("host42 black screen", { serviceUrl }))).toEqual({
      kind: "start",
      host: "host42",
      text: "black screen",
      where,
    });
    expect(decode(personalMessage("diagnose host42", { serviceUrl }))).toEqual({
      kind: "start",
      host: "host42",
      text: "",
      where,
    });
  });

  it("GIVEN help, a bad port or a handoff THEN help, invalid with the shared wording, handoff to the mentioned person", () => {
    expect(decode(personalMessage("help", { serviceUrl }))).toMatchObject({ kind: "help" });
    expect(decode(personalMessage("host42 -p 99999", { serviceUrl }))).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("I cannot use that port"),
    });
    const handoff = channelMention("handoff <at>Bob Smith</at>", { serviceUrl });
    expect(decode(handoff)).toMatchObject({
      kind: "handoff",
      to: "@Bob Smith",
      where: { conversation: chain },
    });
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

  it("GIVEN a server report pasted into the reply chain THEN paste in that chain", () => {
    expect(decode(replyInChain("here: RDPFIX1:H4sIAAAA", { serviceUrl }))).toMatchObject({
      kind: "paste",
      text: "here: RDPFIX1:H4sIAAAA",
      where: { conversation: chain },
    });
  });

  it("GIVEN a top-level channel post reporting 0x904 THEN triage offered in its reply chain (the existing detector)", () => {
    const post = channelPost("Can't RDP to 10.1.2.3, error code 0x904 extended 0x7", {
      serviceUrl,
      id: "1700000000300",
    });
    expect(decode(post)).toMatchObject({
      kind: "triage",
      report: { host: "10.1.2.3" },
      where: { conversation: `teams:${teamsIds.channel};messageid=1700000000300`, channel: teamsIds.channel },
    });
  });

  it("GIVEN small talk in a channel, a reply in a chain, the bot's own message, or a conversationUpdate THEN ignore", () => {
    expect(decode(channelPost("lunch?", { serviceUrl }))).toMatchObject({ kind: "ignore" });
    expect(decode(replyInChain("0x904 again here", { serviceUrl }))).toMatchObject({ kind: "ignore" });
    const own = channelPost("0x904", { serviceUrl });
    expect(decode({ ...own, from: own.recipient })).toMatchObject({ kind: "ignore" });
    expect(
      decode({ ...channelPost("", { serviceUrl }), type: "conversationUpdate", text: undefined }),
    ).toMatchObject({ kind: "ignore" });
    expect(decode({ nonsense: true })).toMatchObject({ kind: "ignore" });
  });
});
