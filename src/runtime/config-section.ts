/** The environment as read: unset and blank both mean "not set". */
export type EnvVariables = Readonly<Record<string, string | undefined>>;

/** A section's settings, or every problem with them (each naming its variable, never quoting a secret). */
export type SectionReading<T> =
  | { ok: true; value: T }
  | { ok: false; problems: readonly string[]; cause?: Error };

/**
 * One module's part of the configuration: the runtime's, the probe policy's, the state store's, each chat
 * adapter's. `readConfig` reads every section and reports every problem of all of them in one message.
 */
export interface ConfigSection<T> {
  /** Every variable this section reads (.env.example documents each). */
  readonly variables: readonly string[];
  read(env: EnvVariables): SectionReading<T>;
}
