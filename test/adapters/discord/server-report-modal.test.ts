import { describe, expect, it } from "vitest";
import { discordLimits } from "../../../adapters/discord/discord-limits.js";
import {
  serverReportModal,
  sessionOfServerReportModal,
} from "../../../adapters/discord/server-report-modal.js";

describe("the paste form (a Discord modal) inside Discord's modal limits", () => {
  it("GIVEN a UUID session THEN title, rows, label, length and custom_ids fit, and the submit finds the session", () => {
    const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";
    const modal = serverReportModal(sessionId);
    if (!modal) throw new Error("the session id should travel");
    expect(modal.title.length).toBeLessThanOrEqual(discordLimits.modalTitle);
    expect(modal.components.length).toBeLessThanOrEqual(discordLimits.modalComponents);
    expect(modal.custom_id.length).toBeLessThanOrEqual(discordLimits.customId);
    for (const row of modal.components)
      for (const input of row.components) {
        expect(input.label.length).toBeLessThanOrEqual(discordLimits.textInputLabel);
        expect(input.max_length).toBeLessThanOrEqual(discordLimits.textInputLength);
        expect(input.custom_id.length).toBeLessThanOrEqual(discordLimits.customId);
      }
    expect(sessionOfServerReportModal(modal.custom_id)).toBe(sessionId);
  });
});
