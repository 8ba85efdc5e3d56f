import { describe, expect, it } from "vitest";
import { hashFlowId, resolveFlowIdSegment } from "../../../src/chat/action-codec/flow-id-segment.js";
import {
  decodeSessionSegment,
  encodeSessionSegment,
} from "../../../src/chat/action-codec/session-id-segment.js";

describe("ids fitted into a short id with ':' between its parts", () => {
  it("GIVEN a lowercase UUID session THEN it travels in 23 characters and comes back whole", () => {
    const uuid = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";
    const segment = encodeSessionSegment(uuid) ?? "";
    expect(segment).toMatch(/^~[A-Za-z0-9_-]{22}$/);
    expect(decodeSessionSegment(segment)).toBe(uuid);
  });

  it("GIVEN other session ids THEN printable ones without ':' or a leading '~' travel as they are, others not at all", () => {
    expect(encodeSessionSegment("session-1")).toBe("session-1");
    expect(decodeSessionSegment("session-1")).toBe("session-1");
    for (const id of ["has:colon", "~reserved", "two words", ""])
      expect(encodeSessionSegment(id)).toBeUndefined();
    expect(decodeSessionSegment("~tooshort")).toBeUndefined();
  });

  it("GIVEN a hashed flow id THEN it reads back through the flow's ids, and an id the flow lacks is an error", () => {
    const id = "a-very-long-cause-id-that-does-not-fit";
    const segment = hashFlowId(id);
    expect(segment).toMatch(/^#[A-Za-z0-9_-]{8}$/);
    expect(resolveFlowIdSegment(segment, ["other", id])).toEqual({ id });
    expect(resolveFlowIdSegment(segment, ["other"])).toEqual({
      error: expect.stringMatching(/does not have/),
    });
    expect(resolveFlowIdSegment("plain-id", undefined)).toEqual({ id: "plain-id" });
    expect(resolveFlowIdSegment("Not:Kebab", [])).toEqual({ error: "malformed id" });
  });
});
