import { describe, expect, it } from "vitest";
import { addressedPeople } from "../../../src/chat/document/addressed-people.js";
import { addressee, person, plain } from "../../../src/chat/document/inline.js";
import type { ReplyDocument } from "../../../src/chat/document/reply-document.js";

describe("the people a reply addresses", () => {
  it("GIVEN a handoff naming its sender and addressing its recipient THEN only the recipient, wherever the line is", () => {
    const document: ReplyDocument = {
      summary: [addressee("U-SUMMARY", "strong")],
      blocks: [
        { type: "heading", text: [plain("Handoff to "), addressee("U-TO", "strong")] },
        { type: "paragraph", text: [plain("from "), person("U-FROM")] },
        { type: "list", items: [[addressee("U-LIST", "emphasis")]] },
        {
          type: "shrinkable",
          priority: 1,
          variants: [[{ type: "note", text: [addressee("U-NOTE", "strong")] }]],
        },
        { type: "fields", fields: [{ label: "Owner", value: [addressee("U-FIELD", "strong")] }] },
      ],
    };
    // Fields and the summary are labels and notifications: they show a person, they do not address one.
    expect(addressedPeople(document)).toEqual(["U-TO", "U-LIST", "U-NOTE"]);
  });

  it("GIVEN a reply that only names people THEN nobody is addressed", () => {
    const document: ReplyDocument = { summary: [], blocks: [{ type: "paragraph", text: [person("U-1")] }] };
    expect(addressedPeople(document)).toEqual([]);
  });
});
