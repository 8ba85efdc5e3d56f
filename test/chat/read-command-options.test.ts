import { describe, expect, it } from "vitest";
import { readCommandOptions } from "../../src/chat/read-command-options.js";

const declared = [
  { name: "host", type: 3 },
  { name: "port", type: 4 },
];

describe("readCommandOptions: a structured command's options, checked against what it declares", () => {
  it("GIVEN declared options of their declared types THEN each reads by name; an absent one is not given", () => {
    const options = readCommandOptions([{ name: "host", type: 3, value: "host42" }], declared);
    if ("undeclared" in options) throw new Error(`read as undeclared: ${options.undeclared}`);
    expect(options.value("host")).toBe("host42");
    expect([options.has("port"), options.value("port")]).toEqual([false, undefined]);
  });

  it("GIVEN an option of another type than declared THEN it is given but reads as nothing", () => {
    const options = readCommandOptions([{ name: "port", type: 3, value: "3390" }], declared);
    if ("undeclared" in options) throw new Error(`read as undeclared: ${options.undeclared}`);
    expect([options.has("port"), options.value("port")]).toEqual([true, undefined]);
  });

  it.each(["teleport", "__proto__", "toString"])(
    "GIVEN an option %j the command does not declare THEN it is named back",
    (name) => {
      expect(readCommandOptions([{ name, type: 3, value: "x" }], declared)).toEqual({ undeclared: name });
    },
  );

  it("GIVEN no options at all THEN nothing is given", () => {
    const options = readCommandOptions(undefined, declared);
    expect("undeclared" in options ? options : options.has("host")).toBe(false);
  });
});
