import type { Logger } from "pino";
import type { Flow } from "../flow/flow-schema.js";
import type { ConfigSection } from "../runtime/config-section.js";
import type { HttpRoutes } from "../runtime/http-server.js";
import type { Metrics } from "../runtime/metrics.js";
import type { ReplicaTiming } from "../runtime/replica-timing.js";
import type { ChatService } from "./chat-service.js";

/** What `serve` hands every adapter it starts. */
export interface ChatAdapterContext {
  flow: Flow;
  /** The shared chat layer: the adapter registers its platform (sender, command, who may probe) and work on it. */
  chat: ChatService;
  /** Already says `platform: <name>` on every line. */
  logger: Logger;
  metrics?: Metrics;
  /** The runtime's one HTTP server on PORT, for an adapter that needs a webhook. */
  http: HttpRoutes;
  timing: ReplicaTiming;
}

export interface RunningChatAdapter {
  /** Takes no new requests; queued work stays in the store for whichever replica runs next. */
  stop(): Promise<void>;
}

/**
 * A chat platform as `serve` knows it: a name, its own section of the configuration, how to turn it on, and
 * how to start it. Nothing under src/ names a platform; the composition root lists the adapters.
 */
export interface ChatAdapter<Config> {
  readonly name: string;
  /** Its variables; the value is undefined when none of them is set (the platform is off). */
  readonly config: ConfigSection<Config | undefined>;
  /** One sentence on the variables that turn it on, for the message when no platform is configured. */
  readonly howToEnable: string;
  start(config: Config, context: ChatAdapterContext): Promise<RunningChatAdapter>;
}

/** An adapter whose section is set, bound to its configuration: ready to start. */
export interface ConfiguredChatAdapter {
  readonly name: string;
  start(context: ChatAdapterContext): Promise<RunningChatAdapter>;
}
