import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

// Loaded with `node --import`: registers this same file as a resolve hook, which runs on the hooks thread.
if (isMainThread) register(import.meta.url);

const sdks = ["@slack/bolt", "discord.js", "@microsoft/teams.apps"];
const reported = new Set();

/** Writes `chat-sdk-import <package>` to stderr the first time the process resolves a chat SDK's module. */
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const sdk = sdks.find((name) => resolved.url.includes(`/node_modules/${name}/`));
  if (sdk !== undefined && !reported.has(sdk)) {
    reported.add(sdk);
    process.stderr.write(`chat-sdk-import ${sdk}\n`);
  }
  return resolved;
}
