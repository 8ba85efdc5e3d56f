import { parseArgs } from "node:util";
import { clipInput, quoteInput } from "../../src/errors/quote-input.js";
import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";
import { type AuditCommand, parseAuditArgs } from "./parse-audit-args.js";
import { parseWatchArgs, type WatchCommand } from "./parse-watch-args.js";

export type CliCommand =
  | { kind: "help"; topic?: HelpTopic }
  | { kind: "version" }
  | {
      kind: "diagnose";
      host: string;
      port?: number;
      answers: Array<{ questionId: string; answerId: string }>;
      probe: boolean;
      yes: boolean;
      json: boolean;
      jsonl: boolean;
      symptom: string;
      all?: boolean;
      /** A server report file (the RDPFIX1 line or the collector's JSON), added before the ranking. */
      evidence?: string;
    }
  | { kind: "probe"; host: string; port?: number; json: boolean }
  | { kind: "flows-check"; dir?: string }
  | { kind: "demo"; fault?: string; json: boolean }
  | { kind: "serve" }
  | { kind: "discord-register"; guildId?: string }
  | { kind: "teams-package"; out: string }
  | { kind: "collector"; oneLiner: boolean }
  | AuditCommand
  | WatchCommand;

export type HelpTopic =
  | "diagnose"
  | "probe"
  | "flows"
  | "demo"
  | "serve"
  | "discord"
  | "teams"
  | "audit"
  | "watch"
  | "collector";

export type ParsedCommandLine =
  | { ok: true; command: CliCommand }
  | { ok: false; message: string; topic?: HelpTopic };

/** Turns argv into a command, or a message naming the bad argument (the caller exits with code 2). */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? asTopic(rest[0]) : undefined;
    if (name === "help" && rest[0] !== undefined && !topic)
      return { ok: false, message: `no help for ${quoteInput(rest[0])}; topics: ${topicNames.join(", ")}` };
    return { ok: true, command: topic ? { kind: "help", topic } : { kind: "help" } };
  }
  if (name === "--version" || name === "-V") return { ok: true, command: { kind: "version" } };
  const topic = asTopic(name);
  if (!topic)
    return {
      ok: false,
      message: `unknown command ${quoteInput(name)}; commands: diagnose, probe, flows check, demo, serve, discord register, teams package, audit, watch, collector`,
    };
  if (rest.includes("--help") || rest.includes("-h")) return { ok: true, command: { kind: "help", topic } };
  try {
    return parseCommand(topic, rest);
  } catch (error) {
    // parseArgs throws for unknown options and missing values; its message names the option.
    return { ok: false, topic, message: clipInput(error instanceof Error ? error.message : String(error)) };
  }
}

function parseCommand(topic: HelpTopic, args: string[]): ParsedCommandLine {
  switch (topic) {
    case "diagnose": {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          port: { type: "string", short: "p" },
          answer: { type: "string", short: "a", multiple: true },
          "no-probe": { type: "boolean" },
          yes: { type: "boolean", short: "y" },
          json: { type: "boolean" },
          jsonl: { type: "boolean" },
          symptom: { type: "string", short: "s" },
          describe: { type: "string", short: "d" },
          all: { type: "boolean" },
          evidence: { type: "string", short: "e" },
        },
      });
      const target = parseTarget(positionals, values.port, topic);
      if (!target.ok) return target;
      const answers: Array<{ questionId: string; answerId: string }> = [];
      for (const raw of values.answer ?? []) {
        const match = /^([a-z0-9-]+)=([a-z0-9-]+)$/.exec(raw);
        if (!match?.[1] || !match[2]) {
          return {
            ok: false,
            topic,
            message: `--answer ${quoteInput(raw)} must be QUESTION=ANSWER, e.g. --answer client-error=0x904`,
          };
        }
        const earlier = answers.find((a) => a.questionId === match[1]);
        if (earlier)
          return {
            ok: false,
            topic,
            message: `--answer ${clipInput(match[1])} is given twice (${clipInput(`${match[1]}=${earlier.answerId}`)} and ${clipInput(raw)}); give it once`,
          };
        answers.push({ questionId: match[1], answerId: match[2] });
      }
      if (values.json && values.jsonl)
        return { ok: false, topic, message: "--json and --jsonl exclude each other; choose one" };
      return {
        ok: true,
        command: {
          kind: "diagnose",
          ...target.value,
          answers,
          probe: values["no-probe"] !== true,
          yes: values.yes === true,
          json: values.json === true,
          jsonl: values.jsonl === true,
          // --describe is the person's own words; --symptom (older) is read the same way.
          symptom: [values.symptom, values.describe].filter((t) => t !== undefined).join("\n"),
          all: values.all === true,
          ...(values.evidence === undefined ? {} : { evidence: values.evidence }),
        },
      };
    }
    case "probe": {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { port: { type: "string", short: "p" }, json: { type: "boolean" } },
      });
      const target = parseTarget(positionals, values.port, topic);
      if (!target.ok) return target;
      return { ok: true, command: { kind: "probe", ...target.value, json: values.json === true } };
    }
    case "flows": {
      const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
      const [sub, dir, extra] = positionals;
      if (sub !== "check")
        return {
          ok: false,
          topic,
          message: `unknown flows command ${quoteInput(sub ?? "")}; use: rdp-fix flows check [dir]`,
        };
      if (extra !== undefined)
        return { ok: false, topic, message: `unexpected argument ${quoteInput(extra)}` };
      return {
        ok: true,
        command: dir === undefined ? { kind: "flows-check" } : { kind: "flows-check", dir },
      };
    }
    case "demo": {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: "boolean" } },
      });
      const [fault, extra] = positionals;
      if (extra !== undefined)
        return { ok: false, topic, message: `unexpected argument ${quoteInput(extra)}` };
      const json = values.json === true;
      return {
        ok: true,
        command: fault === undefined ? { kind: "demo", json } : { kind: "demo", fault, json },
      };
    }
    case "discord": {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { guild: { type: "string" } },
      });
      const [sub, extra] = positionals;
      if (sub !== "register")
        return {
          ok: false,
          topic,
          message: `unknown discord command ${quoteInput(sub ?? "")}; use: rdp-fix discord register [--guild ID]`,
        };
      if (extra !== undefined)
        return { ok: false, topic, message: `unexpected argument ${quoteInput(extra)}` };
      if (values.guild !== undefined && !/^\d{17,20}$/.test(values.guild)) {
        return {
          ok: false,
          topic,
          message: `--guild ${quoteInput(values.guild)} must be a server id (17 to 20 digits)`,
        };
      }
      return {
        ok: true,
        command:
          values.guild === undefined
            ? { kind: "discord-register" }
            : { kind: "discord-register", guildId: values.guild },
      };
    }
    case "teams": {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: "string", short: "o" } },
      });
      const [sub, extra] = positionals;
      if (sub !== "package")
        return {
          ok: false,
          topic,
          message: `unknown teams command ${quoteInput(sub ?? "")}; use: rdp-fix teams package [--out FILE]`,
        };
      if (extra !== undefined)
        return { ok: false, topic, message: `unexpected argument ${quoteInput(extra)}` };
      return { ok: true, command: { kind: "teams-package", out: values.out ?? "rdp-fix-teams.zip" } };
    }
    case "audit": {
      const audit = parseAuditArgs(args);
      return audit.ok ? { ok: true, command: audit.command } : { ok: false, topic, message: audit.message };
    }
    case "watch": {
      const watch = parseWatchArgs(args);
      return watch.ok ? { ok: true, command: watch.command } : { ok: false, topic, message: watch.message };
    }
    case "collector": {
      const { values } = parseArgs({
        args,
        allowPositionals: false,
        options: { "one-liner": { type: "boolean" } },
      });
      return { ok: true, command: { kind: "collector", oneLiner: values["one-liner"] === true } };
    }
    case "serve": {
      parseArgs({ args, allowPositionals: false, options: {} });
      return { ok: true, command: { kind: "serve" } };
    }
  }
}

const topicNames: readonly HelpTopic[] = [
  "diagnose",
  "probe",
  "flows",
  "demo",
  "serve",
  "discord",
  "teams",
  "audit",
  "watch",
  "collector",
];

function asTopic(name: string | undefined): HelpTopic | undefined {
  return topicNames.find((topic) => topic === name);
}

function onePositional(positionals: string[], topic: HelpTopic, what: string) {
  if (positionals.length === 0)
    return { ok: false as const, topic, message: `missing ${what}: rdp-fix ${topic} ${what}` };
  if (positionals.length > 1)
    return { ok: false as const, topic, message: `unexpected argument ${quoteInput(positionals[1])}` };
  return { ok: true as const, value: positionals[0] ?? "" };
}

/** The host and port through parseProbeTarget, the reading every chat entry point shares. */
function parseTarget(positionals: string[], port: string | undefined, topic: "diagnose" | "probe") {
  const host = onePositional(positionals, topic, "<host>");
  if (!host.ok) return host;
  const target = parseProbeTarget(port === undefined ? { host: host.value } : { host: host.value, port });
  if (target.ok) {
    const portPart = target.port === undefined ? {} : { port: target.port };
    return { ok: true as const, value: { host: target.host, ...portPart } };
  }
  const what = target.field === "host" ? `bad host ${quoteInput(host.value)}` : `--port ${quoteInput(port)}`;
  return { ok: false as const, topic, message: `${what}: ${target.problem}` };
}
