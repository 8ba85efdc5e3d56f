import { findAnswerProblem, type InboundEvent, type ReadingReply } from "../../src/engine/index.js";
import { exitStatusForError } from "../../src/errors/exit-status-for-error.js";
import { clipInput } from "../../src/errors/quote-input.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { RunProbes } from "../../src/runtime/conversation-runner.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import type { TargetCheck } from "../../src/runtime/probe-target-check.js";
import { ServerReportError } from "../../src/server-report/server-report-error.js";
import type { StateStore } from "../../src/state/state-store.js";
import type { CliIo } from "./cli-io.js";
import { diagnosisJson } from "./diagnosis-json.js";
import { followUpWarnings } from "./follow-up-warnings.js";
import { prepareProbing, probingStartFields, probingStatusOf } from "./prepare-probing.js";
import { probingStatusText } from "./probing-status.js";
import { readEvidenceFile } from "./read-evidence-file.js";
import { readUserChoice } from "./read-user-choice.js";
import { readingJson } from "./reading-json.js";
import { renderOutboundText, type TerminalScreen } from "./render-outbound-text.js";
import { runDiagnoseJsonl } from "./run-diagnose-jsonl.js";
import { awaitsAnswer, terminalRunner } from "./terminal-runner.js";
import { terminalSafeJson } from "./terminal-safe-json.js";
import { terminalStartEvent } from "./terminal-start-event.js";
import { colourStyle, plainStyle } from "./terminal-style.js";

type DiagnoseCommand = {
  host: string;
  port?: number;
  answers: Array<{ questionId: string; answerId: string }>;
  probe: boolean;
  yes: boolean;
  json: boolean;
  jsonl: boolean;
  symptom: string;
  /** Every cause in full, as `--all`; brief (top causes in full, the rest a line each) otherwise. */
  all?: boolean;
  /** A server report file to add before the ranking (`--evidence FILE`). */
  evidence?: string;
};

const user = process.env.USER ?? "terminal";

/**
 * `rdp-fix diagnose`: the same conversation the chat bots run, in a terminal. Interactive when a person is
 * at the keyboard; otherwise it asks nothing and prints the result once (text, or JSON with --json).
 */
export async function runDiagnose(
  command: DiagnoseCommand,
  io: CliIo,
  flow: Flow,
  store: StateStore,
  runProbes?: RunProbes,
  checkTarget?: TargetCheck,
): Promise<number> {
  for (const { questionId, answerId } of command.answers) {
    const problem = findAnswerProblem(flow, questionId, answerId);
    if (problem) {
      io.stderr(`rdp-fix diagnose: --answer ${clipInput(`${questionId}=${answerId}`)}: ${problem}`);
      return 2;
    }
  }
  for (const warning of followUpWarnings(flow, command.answers))
    io.stderr(`rdp-fix diagnose: warning: --answer ${warning}`);
  let evidence: InboundEvent | undefined;
  try {
    evidence = command.evidence === undefined ? undefined : await readEvidenceFile(command.evidence, user);
  } catch (error) {
    if (!(error instanceof ServerReportError)) throw error;
    io.stderr(`rdp-fix diagnose: --evidence ${error.message}\n${error.advice}`);
    return exitStatusForError(error);
  }
  if (command.jsonl) return runDiagnoseJsonl(command, io, flow, store, runProbes, checkTarget, evidence);
  const interactive = io.readLine !== undefined && !command.json;
  const style = io.colour && interactive ? colourStyle : plainStyle;
  const plan = await prepareProbing({
    command,
    canAsk: interactive,
    runProbes,
    checkTarget,
    store,
    user,
    stderr: io.stderr,
  });
  let toldWhyNoProbes = false;
  const screen: TerminalScreen = { all: command.all === true };

  let last: Outbound | undefined;
  let reading: ReadingReply | undefined;
  const { conversation, runner } = terminalRunner(flow, store, runProbes);
  const send = async (message: Outbound) => {
    if (awaitsAnswer(message)) last = message;
    if (message.kind === "reading") reading = message;
    if (command.json) return;
    if (
      interactive ||
      message.kind === "probe-progress" ||
      message.kind === "diagnosis" ||
      message.kind === "notice"
    ) {
      (message.kind === "probe-progress" ? io.stderr : io.stdout)(renderOutboundText(message, style, screen));
      if (message.kind === "diagnosis")
        screen.causesShown = screen.all ? message.causes.length : message.shown;
    }
    if (message.kind === "diagnosis" && !toldWhyNoProbes) {
      toldWhyNoProbes = true;
      const why = probingStatusText(probingStatusOf(plan, message.probeSummary));
      if (why) io.stdout(why);
    }
  };
  const dispatch = (event: InboundEvent) => runner.dispatch(conversation, event, send);

  await dispatch(terminalStartEvent(command, { user, conversation, ...probingStartFields(plan) }));
  if (evidence) await dispatch(evidence);

  for (;;) {
    const current = last;
    if (current === undefined) return 1;
    if (current.kind === "consent" && (command.yes || !interactive)) {
      await dispatch({ kind: "consent", allow: command.yes, user });
      continue;
    }
    if (!interactive) {
      if (current.kind === "question") {
        await dispatch({ kind: "results-now", user });
        continue;
      }
      if (current.kind !== "diagnosis") return 1;
      if (command.json) {
        const json = diagnosisJson(current, probingStatusOf(plan, current.probeSummary));
        io.stdout(terminalSafeJson(reading ? { ...json, reading: readingJson(reading) } : json));
      }
      // Consent was given up front for a script; a refusal it did not see coming is bad input, as for probe.
      return plan.notRun?.because === "refused" && command.yes ? 2 : 0;
    }
    const event = await readUserChoice(current, io, user, reading);
    if (event === undefined) return 0;
    await dispatch(event);
  }
}
