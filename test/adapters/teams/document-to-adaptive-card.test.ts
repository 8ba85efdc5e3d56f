import { describe, expect, it } from "vitest";
import { documentToAdaptiveCard } from "../../../adapters/teams/document-to-adaptive-card.js";
import { answerInputId, reportInputId } from "../../../adapters/teams/teams-action-codec.js";
import { code, person, plain, strong, struck } from "../../../src/chat/document/inline.js";
import type { DocumentBlock, ReplyDocument } from "../../../src/chat/document/reply-document.js";
import { cardObjects, checkTeamsActivity, executeActions } from "./check-teams-activity.js";

const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";
const doc = (...blocks: DocumentBlock[]): ReplyDocument => ({
  summary: [plain("Diagnosis of host42")],
  blocks,
});
const body = (document: ReplyDocument, session: string | undefined = sessionId) =>
  documentToAdaptiveCard(document, session).attachments[0].content.body;
const paste = { type: "button", label: "Paste the report", action: { kind: "paste-server-report" } } as const;

const everyBlock: DocumentBlock[] = [
  { type: "heading", text: [strong("1. Expired certificate")], tone: "top-cause" },
  { type: "paragraph", text: [plain("The certificate of "), code("host42"), plain(" expired.")] },
  { type: "fields", fields: [{ label: "Target", value: [plain("host42:3389")] }] },
  { type: "list", items: [[plain("first")], [plain("second")]], ordered: true, start: 3 },
  {
    type: "code",
    code: "Get-ChildItem Cert:\\LocalMachine\\My | ? { $_.NotAfter -lt (Get-Date) }",
    language: "powershell",
    tooLong: [plain("see the runbook")],
  },
  { type: "divider" },
  { type: "note", text: [plain("Checked at 09:00 by "), person("29:1abc")] },
  {
    type: "actions",
    items: [
      {
        type: "button",
        label: "It worked",
        action: { kind: "fix-feedback", causeId: "cert-expired", fixId: "renew", outcome: "worked" },
        style: "primary",
      },
      {
        type: "button",
        label: "Not the cause",
        action: { kind: "rule-out-cause", causeId: "cert-expired" },
        style: "danger",
      },
      {
        type: "select",
        placeholder: "Choose an answer",
        options: [
          { label: "0x904", action: { kind: "answer", questionId: "error-shown", answerId: "code-0x904" } },
        ],
      },
    ],
  },
  {
    type: "form",
    title: "Send the report",
    label: "Server report",
    maxLength: 4000,
    open: paste,
    prompt: [plain("Reply with the report.")],
  },
  {
    type: "attachment",
    name: "report.json",
    content: '{"ok": true}',
    caption: [plain("The pasted report:")],
  },
  {
    type: "shrinkable",
    priority: 1,
    variants: [
      [{ type: "paragraph", text: [plain("full")] }],
      [{ type: "paragraph", text: [plain("brief")] }],
    ],
  },
];

describe("documentToAdaptiveCard: a reply document as one Teams message with an Adaptive Card 1.5", () => {
  it("GIVEN every block type THEN the card validates and every button decodes to its action", () => {
    const activity = documentToAdaptiveCard(doc(...everyBlock), sessionId);
    expect(checkTeamsActivity(activity)).toEqual([]);
    expect(activity.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    // The buttons carry the document's actions, in order: its two buttons, the menu's, the form's.
    expect(executeActions(activity).map((a) => (a.data as { action: unknown }).action)).toEqual([
      { kind: "fix-feedback", causeId: "cert-expired", fixId: "renew", outcome: "worked" },
      { kind: "rule-out-cause", causeId: "cert-expired" },
      { kind: "answer-select", questionId: "error-shown" },
      { kind: "submit-server-report" },
    ]);
    expect(executeActions(activity).map((a) => a.style)).toEqual([
      "positive",
      "destructive",
      "positive",
      "positive",
    ]);
    expect(body(doc(...everyBlock)).map((e) => e.type)).toEqual([
      "TextBlock",
      "TextBlock",
      "FactSet",
      "TextBlock",
      "RichTextBlock",
      "TextBlock",
      "ActionSet",
      "Input.ChoiceSet",
      "ActionSet",
      "Input.Text",
      "ActionSet",
      "TextBlock",
      "RichTextBlock",
      "TextBlock",
    ]);
  });

  it("GIVEN each block type alone THEN each card validates", () => {
    for (const block of everyBlock)
      expect(checkTeamsActivity(documentToAdaptiveCard(doc(block), sessionId)), block.type).toEqual([]);
  });

  it("GIVEN a heading, a note and a divider THEN bolder medium, subtle small, and a separator on what follows", () => {
    const [heading, note] = body(
      doc(everyBlock[0] as DocumentBlock, { type: "divider" }, everyBlock[6] as DocumentBlock),
    );
    expect(heading).toMatchObject({ weight: "Bolder", size: "Medium", wrap: true });
    expect(note).toMatchObject({
      isSubtle: true,
      size: "Small",
      separator: true,
      text: "Checked at 09:00 by @29:1abc",
    });
  });

  it("GIVEN a list THEN its items share one TextBlock, numbered from its start or bulleted as on every platform", () => {
    expect(body(doc(everyBlock[3] as DocumentBlock))).toEqual([
      { type: "TextBlock", text: "3. first\n4. second", wrap: true },
    ]);
    const bullets: DocumentBlock = { type: "list", items: [[plain("- a")], [strong("b")]] };
    expect(body(doc(bullets))).toEqual([{ type: "TextBlock", text: "• \\- a\n• **b**", wrap: true }]);
  });

  it("GIVEN a command THEN it is shown verbatim in monospace, not read as markdown", () => {
    const [block] = body(doc(everyBlock[4] as DocumentBlock));
    expect(block).toEqual({
      type: "RichTextBlock",
      inlines: [
        {
          type: "TextRun",
          text: "Get-ChildItem Cert:\\LocalMachine\\My | ? { $_.NotAfter -lt (Get-Date) }",
          fontType: "Monospace",
        },
      ],
    });
  });

  it("GIVEN a command too long for a card THEN its tooLong words are shown instead of half a command", () => {
    const long: DocumentBlock = {
      type: "code",
      code: "x".repeat(7000),
      language: "text",
      tooLong: [plain("see the runbook")],
    };
    expect(body(doc(long))).toEqual([{ type: "TextBlock", text: "see the runbook", wrap: true }]);
  });

  it("GIVEN hostile text THEN Teams markdown, mentions and list markers are escaped and struck text keeps its words", () => {
    const hostile = [plain("- **x** [l](https://evil.example) <at>Bob</at> _i_ # h \u202eevil")];
    const [block] = body(
      doc({ type: "paragraph", text: hostile }, { type: "paragraph", text: [struck("1. fix")] }),
    );
    expect(block?.text).toBe(
      "\\- \\*\\*x\\*\\* \\[l\\](https://evil.example) \\<at\\>Bob\\</at\\> \\_i\\_ \\# h evil",
    );
    expect(body(doc({ type: "paragraph", text: [struck("1. fix")] }))[0]?.text).toBe("1\\. fix");
  });

  it("GIVEN a fact label cut inside an escape THEN the cut drops the stray backslash, so the ellipsis is not escaped", () => {
    const label = `${"x".repeat(98)}${"*".repeat(10)}`;
    const objects = cardObjects(body(doc({ type: "fields", fields: [{ label, value: [plain("v")] }] })));
    const title = String(objects.find((o) => "title" in o)?.title);
    expect(title).toBe(`${"x".repeat(98)}…`);
    expect(title.length).toBeLessThanOrEqual(100);
  });

  it("GIVEN a menu and a form THEN the inputs are `answer` and `report`, the paste input multi-line of at least 4,000", () => {
    const objects = cardObjects(body(doc(...everyBlock)));
    expect(objects.find((o) => o.type === "Input.ChoiceSet")).toMatchObject({
      id: answerInputId,
      choices: [{ title: "0x904", value: "code-0x904" }],
    });
    const input = objects.find((o) => o.type === "Input.Text");
    expect(input).toMatchObject({ id: reportInputId, isMultiline: true });
    expect(input?.maxLength).toBeGreaterThanOrEqual(4000);
  });

  it("GIVEN seven buttons THEN ActionSets of at most five, every one an Action.Execute with verb rdpfix", () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({
      type: "button" as const,
      label: `b${i}`,
      action: { kind: "skip" as const, questionId: `q${i}` },
    }));
    const activity = documentToAdaptiveCard(doc({ type: "actions", items: buttons }), sessionId);
    expect(
      body(doc({ type: "actions", items: buttons })).map((e) => (e.actions as unknown[]).length),
    ).toEqual([5, 2]);
    expect(executeActions(activity)).toHaveLength(7);
    expect(checkTeamsActivity(activity)).toEqual([]);
  });

  it("GIVEN no session THEN only the triage button is offered and the form falls back to its prompt", () => {
    const triage = {
      type: "button",
      label: "Diagnose host42",
      action: { kind: "start-from-triage", host: "host42" },
    } as const;
    const activity = documentToAdaptiveCard(
      doc({ type: "actions", items: [triage, paste] }, everyBlock[8] as DocumentBlock),
      undefined,
    );
    expect(executeActions(activity).map((a) => a.data)).toEqual([
      { rdpfix: 1, session: "", action: triage.action },
    ]);
    expect(activity.attachments[0].content.body.at(-1)).toMatchObject({
      type: "TextBlock",
      text: "Reply with the report.",
    });
    expect(checkTeamsActivity(activity)).toEqual([]);
  });

  it("GIVEN a reply of no blocks THEN the card shows its summary", () => {
    expect(body(doc())).toEqual([{ type: "TextBlock", text: "Diagnosis of host42", wrap: true }]);
  });
});
