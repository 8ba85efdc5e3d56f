import { describe, expect, it } from "vitest";
import { conversationKeyCodec } from "../../src/chat/conversation-key-codec.js";

describe("conversationKeyCodec", () => {
  const keys = conversationKeyCodec("chat.x", { team: /[^:]*/, channel: /[^:]+/, thread: /\d+/ });

  it("GIVEN parts THEN the key is the platform and the parts joined by colons, and reads back the same", () => {
    const key = keys.key({ team: "", channel: "C1", thread: "42" });
    expect(key).toBe("chat.x::C1:42");
    expect(keys.parse(key)).toEqual({ team: "", channel: "C1", thread: "42" });
  });

  it("GIVEN another platform's key, a part that breaks its pattern or an extra part THEN it reads as nothing", () => {
    expect(keys.parse("other:T:C1:42")).toBeUndefined();
    expect(keys.parse("chatyx:T:C1:42")).toBeUndefined();
    expect(keys.parse("chat.x:T:C1:4a")).toBeUndefined();
    expect(keys.parse("chat.x:T:C1:42:7")).toBeUndefined();
  });
});
