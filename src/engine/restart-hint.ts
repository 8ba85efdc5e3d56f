/**
 * A way to start over, as data: each platform has its own command (its `commandSyntax`), so the engine says
 * what to start and whoever shows the notice words the command.
 */
export type RestartHint =
  /** Nothing runs here: start one. */
  | { kind: "start" }
  /** This diagnosis is over: start a new one, of this host when known, to probe it when that is the point. */
  | { kind: "start-new"; host?: string; toProbe?: boolean }
  /** A probe run was lost: run the command again to probe. */
  | { kind: "probe-again"; host: string };
