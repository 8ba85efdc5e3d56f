import type { ConfigSection } from "../runtime/config-section.js";
import type { ChatAdapter, ConfiguredChatAdapter } from "./chat-adapter.js";

/**
 * Every adapter's section as one section of the configuration: the adapters whose variables are set, bound
 * to their settings, or the problems of all of them together.
 */
export function chatAdaptersSection(
  adapters: readonly ChatAdapter<unknown>[],
): ConfigSection<ConfiguredChatAdapter[]> {
  const names = adapters.map((adapter) => adapter.name);
  if (new Set(names).size !== names.length)
    throw new Error(`two chat adapters share a name: ${names.join(", ")}`);
  return {
    variables: adapters.flatMap((adapter) => adapter.config.variables),
    read(env) {
      const problems: string[] = [];
      const configured: ConfiguredChatAdapter[] = [];
      for (const adapter of adapters) {
        const reading = adapter.config.read(env);
        if (!reading.ok) problems.push(...reading.problems);
        else if (reading.value !== undefined) {
          const config = reading.value;
          configured.push({ name: adapter.name, start: (context) => adapter.start(config, context) });
        }
      }
      return problems.length > 0 ? { ok: false, problems } : { ok: true, value: configured };
    },
  };
}
