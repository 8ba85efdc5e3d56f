import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenIdSigningKeys } from "../../src/runtime/openid-signing-keys.js";
import { type FakeMicrosoft, startFakeMicrosoft } from "../support/teams/fake-microsoft.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

let microsoft: FakeMicrosoft;
beforeAll(async () => {
  microsoft = await startFakeMicrosoft({ clientSecret: "s" });
});
afterAll(() => microsoft.close());

describe("the signing keys of an OpenID provider, from its metadata", () => {
  it("GIVEN keys read a day ago THEN the next lookup reads them again, even for a known kid", async () => {
    const clock = { now: Date.now() };
    const keys = createOpenIdSigningKeys({
      openIdMetadataUrl: microsoft.openIdMetadataUrl,
      now: () => clock.now,
    });
    const before = microsoft.fetches.metadata;
    expect(await keys.find("key-1")).toMatchObject({
      kind: "found",
      jwk: { kid: "key-1", endorsements: ["msteams"] },
    });
    expect(await keys.find("key-1")).toMatchObject({ kind: "found" });
    expect(microsoft.fetches.metadata).toBe(before + 1);
    clock.now += 24 * 3_600_000;
    expect(await keys.find("key-1")).toMatchObject({ kind: "found" });
    expect(microsoft.fetches.metadata).toBe(before + 2);
  });

  it("GIVEN metadata that cannot be reached THEN unavailable, retried at most every five seconds however many requests come", async () => {
    const clock = { now: Date.now() };
    let attempts = 0;
    const counting: typeof fetch = (input, init) => {
      attempts += 1;
      return fetch(input, init);
    };
    const url = `http://127.0.0.1:${await unusedLoopbackPort()}/v1/.well-known/openidconfiguration`;
    const keys = createOpenIdSigningKeys({ openIdMetadataUrl: url, fetch: counting, now: () => clock.now });
    for (let i = 0; i < 5; i++) expect(await keys.find("key-1")).toMatchObject({ kind: "unavailable" });
    expect(attempts).toBe(1);
    clock.now += 5_000;
    expect(await keys.find("key-1")).toMatchObject({ kind: "unavailable", reason: expect.any(String) });
    expect(attempts).toBe(2);
  });
});
