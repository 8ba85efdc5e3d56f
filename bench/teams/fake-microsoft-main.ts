// The stand-in for Microsoft in its own process, so its work does not compete with the bots measured. Prints
// one JSON line: its URLs and a token signed for one hour, which the load generator sends with every activity
// (each request is still verified in full: signature, issuer, audience, expiry, serviceurl, tenant).
import { signBotConnectorToken } from "../../test/support/teams/bot-connector-signer.js";
import { startFakeMicrosoft } from "../../test/support/teams/fake-microsoft.js";
import { teamsIds } from "../../test/support/teams/teams-activities.js";

const microsoft = await startFakeMicrosoft({
  clientId: teamsIds.clientId,
  clientSecret: "bench-secret",
  tenantId: teamsIds.tenantId,
});
const key = microsoft.keys[0];
if (!key) throw new Error("the stand-in made no signing key");
const token = await signBotConnectorToken(key, { aud: teamsIds.clientId, serviceurl: microsoft.serviceUrl });
const { openIdMetadataUrl, tokenUrl, serviceUrl } = microsoft;
process.stdout.write(`${JSON.stringify({ openIdMetadataUrl, tokenUrl, serviceUrl, token })}\n`);
process.stdin.resume();
process.stdin.on("end", () => void microsoft.close());
