import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runCli } from "../../adapters/cli/run-cli.js";
import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { collectorOneLiner } from "../../src/server-report/collector-one-liner.js";
import { readCollectorScript } from "../../src/server-report/collector-script.js";
import { serverReportSchema } from "../../src/server-report/server-report-schema.js";
import { scriptedTerminal } from "../support/scripted-terminal.js";

const root = join(import.meta.dirname, "..", "..");
const script = readCollectorScript();
/** The script without its comments: what PowerShell runs. */
const code = script
  .replace(/<#[\s\S]*?#>/g, "")
  .split("\n")
  .map((line) => line.replace(/(^|\s)#.*$/, ""))
  .join("\n");

/** Every property name in the report's JSON Schema, at any depth. */
function propertyNames(schema: unknown): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const own = node.properties && typeof node.properties === "object" ? Object.keys(node.properties) : [];
  return [...new Set([...own, ...Object.values(node).flatMap((child) => propertyNames(child))])];
}

describe("the PowerShell collector (collector/rdp-fix-collector.ps1)", () => {
  it.each(propertyNames(z.toJSONSchema(serverReportSchema)))(
    "GIVEN the report schema's field %s THEN some part of the script produces it",
    (name) => {
      const key = name.replace(/[-]/g, "\\-");
      expect(code).toMatch(new RegExp(`(^|[\\s{;])('${key}'|${key})\\s+=\\s`, "m"));
    },
  );

  it("GIVEN the script THEN it holds no cmdlet, verb or API that writes, changes or runs anything", () => {
    const writing = [
      /\b(Set|New|Remove|Restart|Stop|Start|Add|Clear|Copy|Move|Rename|Enable|Disable|Install|Uninstall|Register|Unregister|Export|Import|Update|Suspend|Resume|Reset|Invoke|Write|Out|Send|Grant|Revoke|Protect|Unprotect|Push|Save|Publish|Repair|Mount|Dismount|Initialize)-[A-Za-z]/i,
      /\b(reg|netsh|icacls|takeown|wmic|cmd|sc|certutil|wevtutil|bcdedit|schtasks)(\.exe)?\s/i,
      /\.(SetValue|DeleteValue|DeleteSubKey\w*|CreateSubKey|SetAccessControl|Delete|MoveTo|Write\w*|AppendText|Save|Import|Remove|Add)\(/,
      /\[(System\.)?IO\.(File|FileInfo|Directory|StreamWriter|FileStream)\]/i,
      /\bStreamWriter\b|\bFileStream\b|Invoke-Expression|\biex\b|DownloadString|WebClient/i,
      />/,
    ];
    const offending = code
      .split("\n")
      .flatMap((line, i) =>
        writing.some((pattern) => pattern.test(line)) ? [`${i + 1}: ${line.trim()}`] : [],
      )
      // ArrayList.Add and the in-memory gzip are not writes; they are named here so nothing else slips by.
      .filter((line) => !/\[void\]\$script:Unreadable\.Add\(/.test(line));
    expect(offending).toEqual([]);
  });

  it("GIVEN the script THEN it is Windows PowerShell 5.1 with inbox cmdlets and reports no user names", () => {
    expect(code).not.toMatch(/#Requires\s+-Version\s+[67]/i);
    expect(code).not.toMatch(/\?\?|\?\.|\bForEach-Object\s+-Parallel\b/);
    expect(code).not.toMatch(/Install-Module|Import-Module/i);
    // Failed logons are counted, never read: their messages carry user names.
    expect(code).toMatch(/count = @\(Get-RecentEvents @\{ LogName = 'Security'; Id = 4625 \}\)\.Count/);
    expect(code).not.toMatch(/\$env:USERNAME|TargetUserName|SubjectUserName/i);
  });

  it("GIVEN the one-liner THEN it carries the script unchanged, in single quotes it cannot break out of", () => {
    const line = collectorOneLiner(script);
    expect(line).not.toContain("\n");
    const packed = /FromBase64String\('([A-Za-z0-9+/=]+)'\)/.exec(line)?.[1] ?? "";
    expect(gunzipSync(Buffer.from(packed, "base64")).toString("utf8")).toBe(script);
  });

  it("GIVEN rdp-fix collector THEN it prints the script, and the package ships it", async () => {
    const term = scriptedTerminal();
    const deps = {
      version: "9.9.9",
      defaultFlowDir: defaultFlowDir(),
      loadFlow: async () => {
        throw new Error("not needed");
      },
    };
    expect(await runCli(["collector"], term.io, deps)).toBe(0);
    expect(term.stdout).toContain("function Get-CertificateFacts");
    expect(term.stdout.startsWith("<#")).toBe(true);
    expect(term.stderr).toContain("run it in an elevated Windows PowerShell");
    expect(await runCli(["collector", "--one-liner"], term.io, deps)).toBe(0);
    expect(term.stdout).toContain("& ([scriptblock]::Create(");
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.files).toContain("collector");
  });
});
