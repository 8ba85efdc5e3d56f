import { describe, expect, it } from "vitest";
import { chatAdaptersSection } from "../../src/chat/chat-adapters-section.js";
import type { ConfigSection } from "../../src/runtime/config-section.js";
import { readConfig } from "../../src/runtime/read-config.js";
import { replicaTimingSection } from "../../src/runtime/replica-timing.js";
import { serveConfigSection } from "../../src/runtime/serve-config-section.js";
import { stateConfigSection } from "../../src/runtime/state-config-section.js";

/** A made-up platform's section: on with CHAT_TOKEN, which must be at least 8 characters. */
const chatSection: ConfigSection<{ token: string } | undefined> = {
  variables: ["CHAT_TOKEN"],
  read: (env) => {
    const token = env.CHAT_TOKEN?.trim();
    if (!token) return { ok: true, value: undefined };
    return token.length >= 8
      ? { ok: true, value: { token } }
      : { ok: false, problems: ["CHAT_TOKEN is too short"] };
  },
};
const chatAdapter = (name: string) => ({
  name,
  config: chatSection,
  howToEnable: "Set CHAT_TOKEN.",
  start: async () => ({ stop: async () => {} }),
});

describe("readConfig: one schema composed of each module's section", () => {
  it("GIVEN every section fine THEN each value comes back under its section's name", () => {
    const config = readConfig(
      { PORT: "8080", CHAT_TOKEN: "long-enough" },
      {
        serve: serveConfigSection,
        timing: replicaTimingSection,
        platforms: chatAdaptersSection([chatAdapter("chat")]),
      },
    );
    expect(config.serve.port).toBe(8080);
    expect(config.timing).toEqual({ jobLeaseMs: 15_000, gatewayLeaseMs: 15_000 });
    expect(config.platforms.map((adapter) => adapter.name)).toEqual(["chat"]);
  });

  it("GIVEN problems in four sections THEN one CONFIG_INVALID lists them all, in section order", () => {
    const sections = {
      serve: serveConfigSection,
      platforms: chatAdaptersSection([chatAdapter("chat")]),
      timing: replicaTimingSection,
      state: stateConfigSection,
    };
    const env = {
      PORT: "0",
      CHAT_TOKEN: "short",
      RDP_FIX_JOB_LEASE_MS: "1",
      DATABASE_URL: "mysql://u:pw@db/x",
    };
    expect(() => readConfig(env, sections)).toThrow(
      expect.objectContaining({
        code: "CONFIG_INVALID",
        problems: [
          expect.stringMatching(/^PORT /),
          "CHAT_TOKEN is too short",
          expect.stringMatching(/^RDP_FIX_JOB_LEASE_MS /),
          expect.stringMatching(/^DATABASE_URL /),
        ],
      }),
    );
  });

  it("GIVEN two adapters under one name THEN composing them is refused at once", () => {
    expect(() => chatAdaptersSection([chatAdapter("chat"), chatAdapter("chat")])).toThrow(/share a name/);
  });
});
