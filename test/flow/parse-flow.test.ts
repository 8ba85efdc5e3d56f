import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFlowProblem } from "../../src/flow/flow-problem.js";
import { parseFlow } from "../../src/flow/parse-flow.js";

const file = "flows/minimal.yaml";
const minimal = readFileSync(new URL("../fixtures/flows/minimal.yaml", import.meta.url), "utf8");

/** Parses the minimal flow with one textual edit and returns the messages a user would see. */
function problemsAfter(edit: (source: string) => string): string[] {
  const source = edit(minimal);
  expect(source).not.toBe(minimal);
  const result = parseFlow(source, file);
  return result.ok ? [] : result.problems.map(formatFlowProblem);
}

describe("parseFlow", () => {
  it("GIVEN the minimal valid flow THEN it parses with defaults filled in", () => {
    const result = parseFlow(minimal, file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.flow.stopping).toEqual({
      maxQuestions: 6,
      confidence: 0.8,
      leadRatio: 2,
      shownCauses: 3,
      minEvidenceBits: 3,
    });
    expect(result.flow.triggers.phrases).toEqual([]);
  });

  it("GIVEN broken YAML THEN the problem names the line", () => {
    expect(problemsAfter((s) => s.replace("title: Minimal flow", "title: [unclosed"))).toEqual([
      expect.stringMatching(/^flows\/minimal\.yaml:\d+:\d+ YAML: /),
    ]);
  });

  it("GIVEN a duplicate key THEN YAML rejects it", () => {
    expect(problemsAfter((s) => s.replace("version: 1", "version: 1\nversion: 2"))[0]).toMatch(
      /Map keys must be unique/,
    );
  });

  it("GIVEN an unknown risk value THEN the message has file, line, path and the allowed values", () => {
    expect(problemsAfter((s) => s.replace("risk: safe", "risk: yolo"))).toEqual([
      'flows/minimal.yaml:17:15 causes[0].fixes[0].risk: Invalid option: expected one of "safe"|"disruptive"|"temporary-insecure"',
    ]);
  });

  it("GIVEN a temporary-insecure fix without revert THEN it is rejected", () => {
    expect(problemsAfter((s) => s.replace("risk: safe", "risk: temporary-insecure"))).toEqual([
      "flows/minimal.yaml:13:9 causes[0].fixes[0].revert: a temporary-insecure fix must say how to revert it (revert:)",
    ]);
  });

  it('GIVEN a "don\'t know" answer that carries evidence THEN it is rejected where it is', () => {
    const problems = problemsAfter((s) =>
      s.replace("        label: Suddenly\n", "        label: Suddenly\n        dontKnow: true\n"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^flows\/minimal\.yaml:\d+:\d+ questions\[0\]\.answers\[1\]\.evidence: "suddenly" is a "don't know" answer, so it may carry no evidence$/,
    );
  });

  it("GIVEN a misspelled field THEN the unknown key is reported where it is", () => {
    expect(
      problemsAfter((s) =>
        s.replace("explanation: The certificate expired.", "explaination: The certificate expired."),
      ),
    ).toEqual([
      "flows/minimal.yaml:7:5 causes[0].explanation: Invalid input: expected string, received undefined",
      'flows/minimal.yaml:7:5 causes[0]: Unrecognized key: "explaination"',
    ]);
  });

  it("GIVEN a cause without fixes THEN it is rejected", () => {
    const withoutFixes = (s: string) =>
      s.replace(/ {4}fixes:\n {6}- id: open-port[\s\S]*?text: Connect again\n/, "    fixes: []\n");
    expect(problemsAfter(withoutFixes)).toEqual([
      "flows/minimal.yaml:29:12 causes[1].fixes: every cause needs at least one fix",
    ]);
  });

  it("GIVEN evidence for an unknown cause THEN the typo is named with a suggestion", () => {
    expect(problemsAfter((s) => s.replace("{ firewall-blocked: 2 }", "{ firewall-blokced: 2 }"))).toEqual([
      'flows/minimal.yaml:45:39 questions[0].answers[0].evidence.firewall-blokced: unknown cause "firewall-blokced" (did you mean "firewall-blocked"?)',
    ]);
  });

  it("GIVEN a weight beyond the bits scale THEN it is rejected", () => {
    expect(problemsAfter((s) => s.replace("{ cert-expired: 5 }", "{ cert-expired: 50 }"))).toEqual([
      "flows/minimal.yaml:52:31 findings[0].evidence.cert-expired: weights are bits; 8 is the cap",
    ]);
  });

  it("GIVEN two causes with the same id THEN the duplicate is reported with the first place", () => {
    expect(problemsAfter((s) => s.replace("- id: firewall-blocked", "- id: cert-expired"))).toEqual([
      'flows/minimal.yaml:24:9 causes[1].id: duplicate cause id "cert-expired" (first at causes[0])',
      'flows/minimal.yaml:45:39 questions[0].answers[0].evidence.firewall-blocked: unknown cause "firewall-blocked"',
      'flows/minimal.yaml:55:35 findings[1].evidence.firewall-blocked: unknown cause "firewall-blocked"',
    ]);
  });

  it("GIVEN a skipIf naming an unknown finding THEN it is rejected", () => {
    const edit = (s: string) =>
      s.replace("    text: Since when?", "    text: Since when?\n    skipIf: { anyFinding: [tcp.timeot] }");
    expect(problemsAfter(edit)).toEqual([
      'flows/minimal.yaml:42:28 questions[0].skipIf.anyFinding[0]: unknown finding "tcp.timeot" (did you mean "tcp.timeout"?)',
    ]);
  });

  it("GIVEN a question whose answers carry no evidence THEN it can never be asked", () => {
    const edit = (s: string) =>
      s.replace("{ firewall-blocked: 2 }", "{}").replace("{ cert-expired: 2 }", "{}");
    expect(problemsAfter(edit)).toEqual([
      'flows/minimal.yaml:43:7 questions[0].answers: question "since-when" can never be asked: none of its answers carries evidence',
    ]);
  });

  it("GIVEN a question that only asks after its own answer THEN it can never be asked", () => {
    const edit = (s: string) =>
      s.replace(
        "    text: Since when?",
        "    text: Since when?\n    askIf: { anyAnswer: [since-when=always] }",
      );
    expect(problemsAfter(edit)).toEqual([
      'flows/minimal.yaml:42:26 questions[0].askIf.anyAnswer[0]: "since-when=always" refers to the question itself, so the condition can never be met',
    ]);
  });

  it("GIVEN an answer that outranks or combines an answer its question lacks THEN it is rejected where it is", () => {
    const problems = problemsAfter((s) =>
      s.replace(
        "        label: Suddenly\n",
        "        label: Suddenly\n        outranks: [sometimes]\n        combines: [always, suddenly]\n",
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining('answers[1].outranks[0]: "sometimes" is not another answer of "since-when"'),
      expect.stringContaining('answers[1].combines[1]: "suddenly" is not another answer of "since-when"'),
    ]);
  });

  it.each([
    ["... since monday", "a gap first"],
    ["since monday ...", "a gap last"],
    ["since ... ... monday", "two gaps in a row"],
  ])("GIVEN a wording %j (%s) THEN the schema rejects it", (phrase) => {
    const problems = problemsAfter((s) =>
      s.replace("        label: Suddenly\n", `        label: Suddenly\n        says: ["${phrase}"]\n`),
    );
    expect(problems).toEqual([expect.stringContaining("at most one `...` between two words")]);
  });

  it("GIVEN a wording with a gap and reading hedges and neutral wordings THEN the flow is valid", () => {
    const problems = problemsAfter((s) =>
      s
        .replace("        label: Suddenly\n", '        label: Suddenly\n        says: ["since ... change"]\n')
        .replace(
          "causes:\n",
          'reading:\n  hedges: ["not sure"]\n  neutral: ["everyone else"]\n  negativeSubjects: [nobody]\ncauses:\n',
        ),
    );
    expect(problems).toEqual([]);
  });

  it("GIVEN the placeholders the engine fills THEN the flow is valid", () => {
    const edit = (s: string) => s.replace("- text: Allow TCP 3389", "- text: Allow TCP <port> to <host>");
    expect(problemsAfter(edit)).toEqual([]);
  });

  it("GIVEN a placeholder the engine does not fill THEN it is rejected where it is written", () => {
    const edit = (s: string) =>
      s.replace("- text: Allow TCP 3389", "- text: Allow TCP <port> from <address>");
    expect(problemsAfter(edit)).toEqual([
      "flows/minimal.yaml:36:19 causes[1].fixes[0].steps[0].text: unknown placeholder <address>: the engine fills only <host>, <port>; write a word in capitals (SERVER-IP) for what the person fills in",
    ]);
  });

  it("GIVEN a cause no answer or finding mentions THEN it is reported as stuck at its prior", () => {
    const edit = (s: string) =>
      s.replace("{ firewall-blocked: 2 }", "{ cert-expired: -1 }").replace("{ firewall-blocked: 4 }", "{}");
    expect(problemsAfter(edit)).toEqual([
      'flows/minimal.yaml:24:5 causes[1]: cause "firewall-blocked" is moved by no answer or finding, so it can only keep its prior',
    ]);
  });
});

describe("parseFlow: an alias bomb", () => {
  it("GIVEN anchors of anchors 9 levels deep THEN it is one located problem, not a thrown ReferenceError", () => {
    const bomb = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]"];
    for (const [i, name] of [..."bcdefghi"].entries()) {
      const previous = "abcdefghi"[i];
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const result = parseFlow(bomb.join("\n"), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatFlowProblem)).toEqual([
      expect.stringMatching(
        /^flows\/minimal\.yaml:2:8 YAML: the aliases expand to more than maxAliasCount \(100\)/,
      ),
    ]);
  });

  it("GIVEN an ordinary anchor and alias THEN the flow parses, the alias resolved", () => {
    const source = minimal
      .replace('confirm: ["Look at certlm.msc"]', 'confirm: &look ["Look at certlm.msc"]')
      .replace('confirm: ["Test-NetConnection"]', "confirm: *look");
    expect(source).not.toBe(minimal);
    const result = parseFlow(source, file);
    expect(result.ok && result.flow.causes[1]?.confirm).toEqual(["Look at certlm.msc"]);
  });
});
