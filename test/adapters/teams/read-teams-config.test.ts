import { describe, expect, it } from "vitest";
import { teamsConfigSection } from "../../../adapters/teams/read-teams-config.js";

const readTeamsConfig = (env: Record<string, string>) => teamsConfigSection.read(env);

const base = {
  TEAMS_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
  TEAMS_CLIENT_SECRET: "s3cr3t~value",
  TEAMS_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
};

describe("teamsConfigSection: the Teams section of the environment", () => {
  it("GIVEN the three app variables THEN the public Bot Framework metadata and the tenant's AAD token endpoint", () => {
    expect(readTeamsConfig(base)).toEqual({
      ok: true,
      value: {
        clientId: base.TEAMS_CLIENT_ID,
        clientSecret: base.TEAMS_CLIENT_SECRET,
        tenantIds: [base.TEAMS_TENANT_ID],
        openIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
        tokenUrl: `https://login.microsoftonline.com/${base.TEAMS_TENANT_ID}/oauth2/v2.0/token`,
        probeChannels: [],
        probeUsers: [],
        triageChannels: [],
      },
    });
  });

  it("GIVEN several tenants, both URLs and the probe lists THEN all are taken; the first tenant issues the token", () => {
    const reading = readTeamsConfig({
      ...base,
      TEAMS_TENANT_ID: `${base.TEAMS_TENANT_ID}, 00000000-aaaa-bbbb-cccc-000000000000`,
      TEAMS_OPENID_METADATA_URL: "http://127.0.0.1:8080/v1/.well-known/openidconfiguration",
      TEAMS_TOKEN_URL: "http://127.0.0.1:8080/tenant/oauth2/v2.0/token",
      RDP_FIX_PROBE_TEAMS_CHANNELS: "19:abc@thread.tacv2,19:def@thread.skype",
      RDP_FIX_PROBE_TEAMS_USERS: "aaaaaaaa-0000-4000-8000-000000000001",
      RDP_FIX_TEAMS_TRIAGE_CHANNELS: "19:abc@thread.tacv2",
    });
    expect(reading).toMatchObject({
      ok: true,
      value: {
        tenantIds: [base.TEAMS_TENANT_ID, "00000000-aaaa-bbbb-cccc-000000000000"],
        tokenUrl: "http://127.0.0.1:8080/tenant/oauth2/v2.0/token",
        probeChannels: ["19:abc@thread.tacv2", "19:def@thread.skype"],
        probeUsers: ["aaaaaaaa-0000-4000-8000-000000000001"],
        triageChannels: ["19:abc@thread.tacv2"],
      },
    });
  });

  it("GIVEN nothing set THEN Teams is off; GIVEN half a setup THEN every missing variable is named at once", () => {
    expect(readTeamsConfig({})).toEqual({ ok: true, value: undefined });
    const reading = readTeamsConfig({ RDP_FIX_TEAMS_TRIAGE_CHANNELS: "19:abc@thread.tacv2" });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems.map((p) => p.split(" ")[0])).toEqual([
      "TEAMS_CLIENT_ID",
      "TEAMS_CLIENT_SECRET",
      "TEAMS_TENANT_ID",
    ]);
  });

  it("GIVEN bad values THEN each is named, and no value (a secret in the wrong place) is repeated", () => {
    const reading = readTeamsConfig({
      ...base,
      TEAMS_CLIENT_ID: base.TEAMS_CLIENT_SECRET,
      TEAMS_OPENID_METADATA_URL: "https://login.example.test/keys.json",
      RDP_FIX_PROBE_TEAMS_USERS: "bob",
    });
    expect(reading.ok).toBe(false);
    const text = reading.ok ? "" : reading.problems.join("\n");
    expect(text).toContain("TEAMS_CLIENT_ID must be");
    expect(text).toContain("TEAMS_OPENID_METADATA_URL must end in /openidconfiguration");
    // The lists name ids, not secrets: the shared check quotes a bad entry so it can be found.
    expect(text).toContain(
      'RDP_FIX_PROBE_TEAMS_USERS has entries that are not AAD object ids (GUIDs): "bob"',
    );
    expect(text).not.toContain(base.TEAMS_CLIENT_SECRET);
  });
});
