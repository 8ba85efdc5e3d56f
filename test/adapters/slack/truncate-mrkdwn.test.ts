import { describe, expect, it } from "vitest";
import { escapeMrkdwn } from "../../../adapters/slack/escape-mrkdwn.js";
import { truncateMrkdwn } from "../../../adapters/slack/truncate-mrkdwn.js";
import { cutAtWord } from "../../../src/chat/document/cut-at-word.js";

describe("escapeMrkdwn", () => {
  it("GIVEN text with a channel ping, a mention, a link and an ampersand THEN none of them stays markup", () => {
    expect(escapeMrkdwn("<!channel> <@U1> <https://x|y> & co")).toBe(
      "&lt;!channel&gt; &lt;@U1&gt; &lt;https://x|y&gt; &amp; co",
    );
  });
});

describe("truncateMrkdwn", () => {
  it("GIVEN text that fits THEN it is unchanged", () => {
    expect(truncateMrkdwn("*short*", 10)).toBe("*short*");
  });

  it("GIVEN text cut inside a code block THEN the block is closed after the ellipsis", () => {
    const text = `Run this:\n\`\`\`\n${"x".repeat(100)}\n\`\`\`\nthen that`;
    const cut = truncateMrkdwn(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^Run this:\n```\nx+…\n```$/);
  });

  it("GIVEN text cut after a closed code block THEN no fence is added", () => {
    const cut = truncateMrkdwn(`\`\`\`\nabc\n\`\`\`\n${"y".repeat(100)}`, 40);
    expect(cut.split("```")).toHaveLength(3);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("GIVEN a cut that would land on part of a fence THEN the stray backticks go and the block is closed", () => {
    const text = "```\nabc\n```and more text here";
    for (let max = 8; max < text.length; max++) {
      const cut = truncateMrkdwn(text, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(cut.split("```").length % 2, `max ${max}: ${cut}`).toBe(1);
    }
  });

  it("GIVEN a cut in the middle of an entity THEN the whole entity goes, never half of it", () => {
    const text = escapeMrkdwn(`${"a".repeat(10)}<<<<<<<<`);
    for (let max = 11; max < text.length; max++) expect(truncateMrkdwn(text, max)).toMatch(/^a{10}(&lt;)*…$/);
  });

  it("GIVEN a cut between the halves of an emoji THEN the emoji goes whole", () => {
    expect(truncateMrkdwn(`ab${"😀".repeat(10)}`, 10)).toBe("ab😀😀😀…");
    expect(cutAtWord(`ab${"😀".repeat(10)}`, 6)).toBe("ab😀…");
    expect(cutAtWord(`ab${"😀".repeat(10)}`, 4)).toBe("ab…");
  });
});
