import { describe, expect, it } from "vitest";
import { buttonSession } from "../../../src/chat/action-codec/button-session.js";

describe("the session a button carries", () => {
  it("GIVEN a reply in a session THEN its buttons carry that session", () => {
    expect(buttonSession({ kind: "cancel" }, "s-1")).toBe("s-1");
  });

  it("GIVEN no session THEN no button, except the triage offer, which starts one and carries none", () => {
    expect(buttonSession({ kind: "cancel" }, undefined)).toBeUndefined();
    expect(buttonSession({ kind: "start-from-triage", host: "host42.corp.example" }, undefined)).toBe("");
    expect(buttonSession({ kind: "start-from-triage", host: "host42.corp.example" }, "s-1")).toBe("");
  });
});
