import { describe, expect, it } from "vitest";
import type { ToolAnswers } from "../../bench/probe/bench-facts.js";
import { gradeAnswers } from "../../bench/probe/grade-answers.js";
import { type LabTarget, labTargets } from "../../bench/probe/lab-targets.js";

const target = (name: string): LabTarget => {
  const found = labTargets.find((t) => t.name === name);
  if (!found) throw new Error(`no bench target ${name}`);
  return found;
};
const issued = { from: new Date("2026-11-21T05:40:44.300Z"), to: new Date("2026-11-21T05:40:46.100Z") };
const dates = (notBefore: string, notAfter: string) => ({
  kind: "claims" as const,
  value: { kind: "dates" as const, notBefore, notAfter },
  detail: "",
});
const claims = <T>(value: T) => ({ kind: "claims" as const, value, detail: "" });
const silent = { kind: "no-answer" as const, detail: "" };

describe("gradeAnswers", () => {
  it("GIVEN a certificate made while the lab started THEN dates inside the window plus 365 days are right", () => {
    const answers: ToolAnswers = {
      protocols: claims(["TLS" as const]),
      versions: claims(["1.2" as const, "1.3" as const]),
      certificate: dates("2026-11-21T05:40:45.000Z", "2027-11-21T05:40:45.000Z"),
    };
    const graded = gradeAnswers(target("tls_valid"), answers, issued);
    expect(Object.values(graded).map((fact) => fact.right)).toEqual([true, true, true]);
  });

  it("GIVEN a claim of more protocols than the server accepts THEN it is wrong, and says what it claimed", () => {
    const answers: ToolAnswers = {
      protocols: claims(["RDP" as const, "TLS" as const, "NLA" as const]),
      versions: silent,
      certificate: dates("2026-11-21T05:40:45.000Z", "2028-11-21T05:40:45.000Z"),
    };
    const graded = gradeAnswers(target("negotiate"), answers, issued);
    expect(graded.protocols).toEqual({ right: false, label: "WRONG: RDP,TLS,NLA" });
    expect(graded.versions).toEqual({ right: false, label: "no answer" });
    expect(graded.certificate.right).toBe(false);
  });

  it("GIVEN the black hole THEN 'could not tell' is right where the path hides the fact, and a claim is wrong", () => {
    const undetermined = { kind: "undetermined" as const, detail: "stalled" };
    const honest = gradeAnswers(
      target("mtu blackhole"),
      { protocols: claims(["TLS" as const]), versions: undetermined, certificate: undetermined },
      issued,
    );
    expect(Object.values(honest).every((fact) => fact.right)).toBe(true);
    const misled = gradeAnswers(
      target("mtu blackhole"),
      {
        protocols: silent,
        versions: claims(["1.2" as const]),
        certificate: claims({ kind: "none" as const }),
      },
      issued,
    );
    expect(misled.versions).toEqual({ right: false, label: "WRONG: 1.2" });
    expect(misled.certificate).toEqual({ right: false, label: "WRONG: no certificate" });
  });

  it("GIVEN a visible fact THEN 'could not tell' is not right", () => {
    const undetermined = { kind: "undetermined" as const, detail: "" };
    const graded = gradeAnswers(
      target("rdp_only"),
      { protocols: undetermined, versions: undetermined, certificate: undetermined },
      issued,
    );
    expect(graded.protocols).toEqual({ right: false, label: "could not tell" });
  });
});
