import { describe, expect, it } from "vitest";
import {
  parseTeamsConversationKey,
  teamsChannelKey,
  teamsConversationKey,
} from "../../../adapters/teams/teams-conversation-key.js";

const serviceUrl = "https://smba.trafficmanager.net/emea/";

describe("Teams conversation keys route replies into the reply chain, at its serviceUrl", () => {
  it("GIVEN a channel and a root message THEN the key names the chain and its serviceUrl, and reads back as where to post", () => {
    const key = teamsConversationKey("19:abc@thread.tacv2;messageid=17", serviceUrl, "17");
    expect(key).toBe(`teams:19:abc@thread.tacv2;messageid=17 ${serviceUrl}`);
    expect(parseTeamsConversationKey(key)).toEqual({
      conversationId: "19:abc@thread.tacv2;messageid=17",
      serviceUrl,
    });
  });

  it("GIVEN a personal chat THEN the key is the chat; a reply chain counts as its channel for handoff", () => {
    expect(parseTeamsConversationKey(teamsConversationKey("a:1chat", serviceUrl))).toEqual({
      conversationId: "a:1chat",
      serviceUrl,
    });
    expect(teamsChannelKey("19:abc@thread.tacv2;messageid=17")).toBe("teams:19:abc@thread.tacv2");
  });

  it("GIVEN another platform's key, a key without its serviceUrl, or garbage THEN undefined", () => {
    expect(parseTeamsConversationKey("slack:T1:C1:1.2")).toBeUndefined();
    expect(parseTeamsConversationKey("teams:19:abc@thread.tacv2;messageid=17")).toBeUndefined();
    expect(parseTeamsConversationKey(`teams:19:x;messageid=abc ${serviceUrl}`)).toBeUndefined();
  });
});
