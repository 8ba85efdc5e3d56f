import { describe, expect, it } from "vitest";
import { escapeMrkdwn, escapeMrkdwnLines } from "../../../adapters/slack/escape-mrkdwn.js";

describe("escapeMrkdwn", () => {
  it("GIVEN a channel ping and an ampersand THEN they show as characters", () => {
    expect(escapeMrkdwn("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
  });

  it("GIVEN ESC sequences, CR/LF and a bidi override THEN they are gone and the text is one line", () => {
    expect(escapeMrkdwn("srv\u001b[2J\r\n<!here>\u202eevil")).toBe("srv &lt;!here&gt;evil");
  });

  it("GIVEN a multi-line command THEN escapeMrkdwnLines keeps its lines and strips the rest", () => {
    expect(escapeMrkdwnLines("a > b\r\nc\u001b]0;t\u0007")).toBe("a &gt; b\nc");
  });
});
