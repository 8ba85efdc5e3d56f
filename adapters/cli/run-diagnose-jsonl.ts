import type { DiagnosisReply, InboundEvent } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { RunProbes } from "../../src/runtime/conversation-runner.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import type { TargetCheck } from "../../src/runtime/probe-target-check.js";
import type { StateStore } from "../../src/state/state-store.js";
import type { CliIo } from "./cli-io.js";
import { schemaVersion } from "./diagnosis-json.js";
import { jsonlInputEvent } from "./jsonl-input-event.js";
import { jsonlErrorLine, jsonlOutputLine } from "./jsonl-output-line.js";
import { prepareProbing, probingStartFields, probingStatusOf } from "./prepare-probing.js";
import type { JsonlOutputLine } from "./schemas/jsonl-output-line-schema.js";
import { awaitsAnswer, terminalRunner } from "./terminal-runner.js";
import { terminalSafeJsonLine } from "./terminal-safe-json.js";
import { terminalStartEvent } from "./terminal-start-event.js";

type JsonlDiagnoseCommand = {
  host: string;
  port?: number;
  answers: Array<{ questionId: string; answerId: string }>;
  probe: boolean;
  yes: boolean;
  symptom: string;
};

const user = process.env.USER ?? "terminal";

/**
 * `rdp-fix diagnose --jsonl`: the same conversation as the terminal's, as JSON lines on stdin and stdout, for
 * scripts and bridges to other chat platforms. It ends at the end of input; a line it cannot take gets an
 * error line back, never a crash.
 */
export async function runDiagnoseJsonl(
  command: JsonlDiagnoseCommand,
  io: CliIo,
  flow: Flow,
  store: StateStore,
  runProbes?: RunProbes,
  checkTarget?: TargetCheck,
  /** The report of `--evidence FILE`, added right after the start. */
  evidence?: InboundEvent,
): Promise<number> {
  const read = io.readInputLine;
  if (!read) {
    io.stderr("rdp-fix diagnose: --jsonl needs input lines, and this terminal has none to give.");
    return 1;
  }
  const emit = (line: JsonlOutputLine) => io.stdout(terminalSafeJsonLine(line));
  const plan = await prepareProbing({
    command,
    canAsk: true,
    runProbes,
    checkTarget,
    store,
    user,
    stderr: io.stderr,
  });
  if (plan.notRun?.because === "refused")
    emit({ schemaVersion, type: "notice", text: plan.notRun.refused.text });
  const probing = (probeSummary?: string) => probingStatusOf(plan, probeSummary);

  const state: { current: Outbound | undefined; diagnosis: DiagnosisReply | undefined } = {
    current: undefined,
    diagnosis: undefined,
  };
  const { conversation, runner } = terminalRunner(flow, store, runProbes);
  const send = async (message: Outbound) => {
    if (awaitsAnswer(message)) state.current = message;
    if (message.kind === "diagnosis") state.diagnosis = message;
    // With --yes the consent was given on the command line; the question is answered, not shown.
    if (message.kind === "consent" && command.yes) return;
    emit(jsonlOutputLine(message, probing));
  };
  let consented = false;
  const dispatch = async (event: InboundEvent) => {
    await runner.dispatch(conversation, event, send);
    if (state.current?.kind === "consent" && command.yes && !consented) {
      consented = true;
      await runner.dispatch(conversation, { kind: "consent", allow: true, user }, send);
    }
  };

  await dispatch(terminalStartEvent(command, { user, conversation, ...probingStartFields(plan) }));
  if (evidence) await dispatch(evidence);
  for (;;) {
    const line = await read();
    if (line === undefined) break;
    if (line.trim() === "") continue;
    const input = jsonlInputEvent(line, state, flow, user);
    if (input.ok) await dispatch(input.event);
    else emit(jsonlErrorLine(input.message));
  }
  return plan.notRun?.because === "refused" && command.yes ? 2 : 0;
}
