import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadServeConfig, serveConfigSections } from "../../bin/load-serve-config.js";

const text = readFileSync(join(import.meta.dirname, "..", "..", ".env.example"), "utf8");
const assignment = /^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/;

describe(".env.example", () => {
  it("GIVEN every variable a section of serve's configuration reads THEN .env.example documents it, set or commented out", () => {
    const documented = new Set(text.split("\n").flatMap((line) => assignment.exec(line.trim())?.[1] ?? []));
    const read = Object.values(serveConfigSections).flatMap((section) => section.variables);
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !read.includes(name))).toEqual([]);
  });

  it("GIVEN .env.example copied to .env unchanged THEN the configuration is valid, with no platform configured", () => {
    const env = Object.fromEntries(
      text.split("\n").flatMap((line) => {
        const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
        return match ? [[match[1], match[2]]] : [];
      }),
    );
    expect(loadServeConfig(env).platforms).toEqual([]);
  });

  it("GIVEN .env.example THEN it holds no credential, only empty values and examples", () => {
    expect(text).not.toMatch(/xox[a-z]-[A-Za-z0-9]|xapp-[A-Za-z0-9]|[\w-]{24,}\.[\w-]{6,}\.[\w-]{27,}/);
  });
});
