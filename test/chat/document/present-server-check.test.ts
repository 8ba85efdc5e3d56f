import { describe, expect, it } from "vitest";
import { drawnBlocks } from "../../../src/chat/document/drawn-blocks.js";
import { plainText } from "../../../src/chat/document/inline.js";
import { presentServerCheck } from "../../../src/chat/document/present-server-check.js";

const collector = {
  name: "rdp-fix-collector.ps1",
  script: "# the script\nGet-Item *",
  oneLiner: "& { Get-Item * }",
};

describe("presentServerCheck: Check the server, worded once", () => {
  it("GIVEN a platform that attaches files THEN the script goes as the file, and the caption says how to run it", () => {
    const files: string[] = [];
    const drawn = drawnBlocks(presentServerCheck(collector).blocks, (file) => void files.push(file.content));
    expect(files).toEqual([collector.script]);
    const [caption] = drawn;
    expect(caption?.type === "paragraph" && plainText(caption.text)).toContain(
      "powershell -ExecutionPolicy Bypass -File .\\rdp-fix-collector.ps1",
    );
    expect(drawn.some((block) => block.type === "code")).toBe(false);
  });

  it("GIVEN a platform without files THEN the one-liner is the command to paste, never the script", () => {
    const drawn = drawnBlocks(presentServerCheck(collector).blocks);
    expect(drawn.filter((block) => block.type === "code").map((block) => block.code)).toEqual([
      collector.oneLiner,
    ]);
    const words = drawn.flatMap((block) => ("text" in block ? [plainText(block.text)] : [])).join("\n");
    expect(words).toContain("Windows PowerShell as administrator");
    expect(words).toContain("RDPFIX1:");
  });

  it("GIVEN the reply THEN its form takes a report line of 4,000 characters from Paste the report", () => {
    const form = presentServerCheck(collector).blocks.find((block) => block.type === "form");
    expect(form).toMatchObject({ maxLength: 4000, open: { action: { kind: "paste-server-report" } } });
  });
});
