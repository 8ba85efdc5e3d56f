import { describe, expect, it } from "vitest";
import { discordLimits } from "../../../adapters/discord/discord-limits.js";
import { documentToDiscord } from "../../../adapters/discord/document-to-discord.js";
import { plain } from "../../../src/chat/document/inline.js";
import { serverReportForm } from "../../../src/chat/document/present-server-check.js";
import type { DocumentBlock } from "../../../src/chat/document/reply-document.js";

const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";

describe("a reply with more actions than Discord's five rows", () => {
  it("GIVEN seven blocks of buttons THEN the first keep their rows, the last stays, the middle become one menu", () => {
    const ruleOut = (causeId: string): DocumentBlock => ({
      type: "actions",
      items: [
        { type: "button", label: "Rule out", about: causeId, action: { kind: "rule-out-cause", causeId } },
      ],
    });
    const last: DocumentBlock = {
      type: "actions",
      items: [{ type: "button", label: "Show more causes", action: { kind: "show-more" } }],
    };
    const blocks = [..."abcdef"].map(ruleOut);
    const message = documentToDiscord({ summary: [plain("s")], blocks: [...blocks, last] }, sessionId);
    expect(message.components).toHaveLength(discordLimits.actionRows);
    const labels = message.components.map((row) =>
      row.components.map((c) =>
        "label" in c ? c.label : "options" in c ? c.options.map((o) => o.label) : [],
      ),
    );
    expect(labels).toEqual([
      ["Rule out (a)"],
      ["Rule out (b)"],
      ["Rule out (c)"],
      [["Rule out (d)", "Rule out (e)", "Rule out (f)"]],
      ["Show more causes"],
    ]);
  });
});

describe("lines that overflow an embed", () => {
  it("GIVEN a heading over more text than one description holds THEN the text goes on in an untitled embed, nothing lost", () => {
    const line = "x".repeat(1500);
    const blocks: DocumentBlock[] = [
      { type: "heading", text: [plain("Findings")] },
      ...Array.from(
        { length: 4 },
        (_, i): DocumentBlock => ({ type: "paragraph", text: [plain(`${i}${line}`)] }),
      ),
    ];
    const message = documentToDiscord({ summary: [plain("s")], blocks }, sessionId);
    expect(message.embeds.map((e) => e.title)).toEqual(["Findings", undefined]);
    for (const embed of message.embeds)
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(discordLimits.embedDescription);
    const text = message.embeds.map((e) => e.description).join("\n");
    for (let i = 0; i < 4; i++) expect(text).toContain(`${i}${line}`);
  });
});

describe("a file and a form", () => {
  it("GIVEN an attachment and a paste form THEN the file rides with the message under its caption, and the form is its button alone", () => {
    const blocks: DocumentBlock[] = [
      {
        type: "attachment",
        name: "collector.ps1",
        content: "Get-Item *",
        caption: [plain("Run the attached script.")],
        instead: [{ type: "paragraph", text: [plain("Paste this line instead.")] }],
      },
      // The presenter's paste form, whose prompt is for platforms without forms.
      { ...serverReportForm, prompt: [plain("Reply in the thread.")] },
    ];
    const message = documentToDiscord({ summary: [plain("s")], blocks }, sessionId);
    expect(message.files?.map((f) => [f.name, f.attachment.toString("utf8")])).toEqual([
      ["collector.ps1", "Get-Item *"],
    ]);
    expect(message.content).toBe("Run the attached script.");
    expect(
      message.components.flatMap((row) => row.components.map((c) => ("label" in c ? c.label : ""))),
    ).toEqual(["Paste the report"]);
  });
});
