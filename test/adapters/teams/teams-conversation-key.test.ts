import { describe, expect, it } from "vitest";
import {
  parseTeamsConversationKey,
  teamsChannelOf,
  teamsConversationKey,
} from "../../../adapters/teams/teams-conversation-key.js";

describe("Teams conversation keys route replies into the reply chain", () => {
  it("GIVEN a channel and a root message THEN the key names the chain, and reads back as the id to post to", () => {
    const key = teamsConversationKey("19:abc@thread.tacv2;messageid=17", "17");
    expect(key).toBe("teams:19:abc@thread.tacv2;messageid=17");
    expect(parseTeamsConversationKey(key)).toEqual({
      conversationId: "19:abc@thread.tacv2;messageid=17",
      channel: "19:abc@thread.tacv2",
      rootMessageId: "17",
    });
  });

  it("GIVEN a personal chat THEN the key is the chat; a reply chain counts as its channel", () => {
    expect(parseTeamsConversationKey(teamsConversationKey("a:1chat"))).toEqual({
      conversationId: "a:1chat",
      channel: "a:1chat",
    });
    expect(teamsChannelOf("19:abc@thread.tacv2;messageid=17")).toBe("19:abc@thread.tacv2");
  });

  it("GIVEN another platform's key or garbage THEN undefined", () => {
    expect(parseTeamsConversationKey("slack:T1:C1:1.2")).toBeUndefined();
    expect(parseTeamsConversationKey("teams:19:x;messageid=abc")).toBeUndefined();
  });
});
