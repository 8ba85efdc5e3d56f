import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findDemoFault } from "../../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import { startFakeSlackApi } from "../slack/fake-slack-api.js";
import { slackTestClient } from "../slack/slack-bot-harness.js";
import { unusedLoopbackPort as freePort } from "../unused-loopback-port.js";
import { processSigningSecret, slackBotEnv } from "./slack-bot-env.js";
import { type BotProcess, startBotProcess } from "./start-bot-process.js";

/**
 * What a test of real `serve` processes on Slack needs: the fake Slack API, a loopback RDP endpoint with the
 * demo fault, a data directory of its own, and `start()` for each process (killed at cleanup), all sharing
 * one environment so a second process takes over where the first left off. Everything it starts is pushed
 * on `cleanups`, for the test file's afterEach to undo in reverse.
 */
export async function startSlackProcessFixture(
  cleanups: Array<() => Promise<void>>,
  faultName: string,
  extraEnv: Record<string, string> = {},
) {
  const api = await startFakeSlackApi();
  cleanups.push(api.close);
  const fault = findDemoFault(faultName);
  if (!fault) throw new Error(`unknown fault ${faultName}`);
  const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  cleanups.push(rdp.close);
  const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-process-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const env = {
    ...slackBotEnv({
      apiUrl: api.slackApiUrl,
      port,
      rdpPort: rdp.port,
      store: { RDP_FIX_DATA_DIR: dataDir },
    }),
    ...extraEnv,
  };
  const start = async (): Promise<BotProcess> => {
    const bot = await startBotProcess(env);
    cleanups.push(async () => void (await bot.kill("SIGKILL")));
    return bot;
  };
  const slack = slackTestClient(api, `http://127.0.0.1:${port}`, processSigningSecret);
  return { api, rdp, start, slack, dataDir };
}
