import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { stateConfigFromEnv } from "../../src/state/state-config.js";

describe("stateConfigFromEnv", () => {
  it("GIVEN no state variables THEN state is a SQLite file under ./data, as an absolute path", () => {
    expect(stateConfigFromEnv({})).toEqual({ kind: "sqlite", path: resolve("data", "rdp-fix.sqlite") });
    expect(stateConfigFromEnv({ DATABASE_URL: "", RDP_FIX_DATA_DIR: "" })).toEqual({
      kind: "sqlite",
      path: resolve("data", "rdp-fix.sqlite"),
    });
  });

  it("GIVEN RDP_FIX_DATA_DIR THEN the SQLite file is in that directory", () => {
    expect(stateConfigFromEnv({ RDP_FIX_DATA_DIR: "/var/lib/rdp-fix" })).toEqual({
      kind: "sqlite",
      path: join("/var/lib/rdp-fix", "rdp-fix.sqlite"),
    });
  });

  it.each(["postgres://rdpfix:pw@db:5432/rdpfix", "postgresql://db/rdpfix"])(
    "GIVEN DATABASE_URL=%s THEN state is in PostgreSQL",
    (url) => {
      expect(stateConfigFromEnv({ DATABASE_URL: url, RDP_FIX_DATA_DIR: "/ignored" })).toEqual({
        kind: "postgres",
        url,
      });
    },
  );

  it("GIVEN a DATABASE_URL that is not PostgreSQL THEN it is STATE_CONFIG_INVALID naming the variable, not its value", () => {
    const secret = "mysql://root:hunter2-secret@db/rdpfix";
    expect(() => stateConfigFromEnv({ DATABASE_URL: secret })).toThrow(
      expect.objectContaining({
        name: "StateError",
        code: "STATE_CONFIG_INVALID",
        message: expect.stringContaining("DATABASE_URL"),
      }),
    );
    expect(() => stateConfigFromEnv({ DATABASE_URL: secret })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});
