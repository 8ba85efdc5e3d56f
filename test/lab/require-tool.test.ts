import { describe, expect, it } from "vitest";
import { LabSetupError } from "../support/lab/lab-setup-error.js";
import { requireTool } from "../support/lab/require-tool.js";

describe("requireTool", () => {
  it("GIVEN an installed tool THEN returns its absolute path", () => {
    expect(requireTool("openssl", "openssl")).toMatch(/^\/.*\/openssl$/);
  });

  it("GIVEN xrdp is installed in sbin THEN finds it even when sbin is not on PATH", () => {
    const path = process.env.PATH;
    process.env.PATH = "/usr/bin:/bin";
    try {
      expect(requireTool("xrdp", "xrdp")).toBe("/usr/sbin/xrdp");
    } finally {
      process.env.PATH = path;
    }
  });

  it("GIVEN a missing tool THEN throws (lab tests fail, never skip) with the install advice", () => {
    const attempt = () => requireTool("no-such-rdp-tool", "no-such-package");
    expect(attempt).toThrow(LabSetupError);
    expect(attempt).toThrow(
      "no-such-rdp-tool is not installed: run scripts/install-system-deps.sh (Debian package no-such-package)",
    );
  });
});
