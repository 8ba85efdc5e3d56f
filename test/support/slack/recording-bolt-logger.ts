import { type Logger, LogLevel } from "@slack/bolt";

export interface RecordedLogLine {
  level: LogLevel;
  text: string;
}

const severity: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/**
 * A Bolt Logger that keeps lines instead of printing, so tests stay quiet and can assert on what Bolt said
 * (e.g. an unhandled listener error). Pass it as `logger`; Bolt also hands it to its WebClients.
 */
export function recordingBoltLogger(
  initialLevel: LogLevel = LogLevel.INFO,
): Logger & { readonly lines: readonly RecordedLogLine[] } {
  const lines: RecordedLogLine[] = [];
  let level = initialLevel;
  let name = "bolt";
  const at =
    (lineLevel: LogLevel) =>
    (...msg: unknown[]) => {
      if (severity[lineLevel] >= severity[level])
        lines.push({ level: lineLevel, text: `${name}: ${msg.join(" ")}` });
    };
  return {
    lines,
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
