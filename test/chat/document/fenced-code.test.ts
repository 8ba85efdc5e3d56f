import { describe, expect, it } from "vitest";
import { fencedCode } from "../../../src/chat/document/fenced-code.js";

describe("fencedCode: a command as chat markdown shows it", () => {
  it("GIVEN a one-line console path THEN inline code; one that would break inline code THEN a block", () => {
    expect(fencedCode("certlm.msc > Remote Desktop", "gui")).toBe("`certlm.msc > Remote Desktop`");
    expect(fencedCode("a`b", "gui")).toBe("```\na`b\n```");
    expect(fencedCode("a\nb", "gui")).toBe("```\na\nb\n```");
  });

  it("GIVEN a script with a fence in it THEN a tagged block the fence cannot end", () => {
    expect(fencedCode("echo ```\nls", "bash", "bash")).toBe("```bash\necho ``\u200b`\nls\n```");
    expect(fencedCode("Get-Item x", "powershell")).toBe("```\nGet-Item x\n```");
  });
});
