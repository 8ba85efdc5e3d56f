import type { Session } from "../../src/engine/index.js";
import type { AuditEntry } from "../../src/state/audit-entry.js";
import type { StateStore } from "../../src/state/state-store.js";

/** A clock tests move by hand: leases, TTLs and job leases expire without waiting. */
export interface TestClock {
  now: number;
  read: () => number;
}

export function testClock(start = 1_700_000_000_000): TestClock {
  const clock: TestClock = { now: start, read: () => clock.now };
  return clock;
}

/** What the contract needs from a store under test. */
export interface StoreSubject {
  /** A store on a fresh, empty database. */
  open(clock: () => number): Promise<StateStore>;
  /** Two stores on one fresh database, as two processes or replicas have it; absent where nothing is shared. */
  openTwo?(clock: () => number): Promise<[StateStore, StateStore]>;
}

export function session(conversation: string, overrides: Partial<Session> = {}): Session {
  return {
    id: `session-${conversation}`,
    flowId: "rdp-0x904",
    flowVersion: 1,
    conversation,
    host: "rdp01.corp.example",
    port: 3389,
    symptom: "0x904 extended 0x7",
    startedBy: "U-alice",
    status: "asking",
    probing: false,
    answers: [{ questionId: "nla", answerId: "yes", by: "U-alice", at: "2024-01-01T00:00:01.000Z" }],
    // What was read from the person's words must survive the store, or "Change it" finds nothing to change.
    reading: [{ questionId: "nla", answerId: "yes", words: "nla is on" }],
    skippedQuestions: [],
    findings: [{ id: "tcp.open", address: "10.0.0.5", at: "2024-01-01T00:00:02.000Z" }],
    feedback: [],
    handoffs: [],
    shownCauses: 3,
    version: 1,
    createdAt: "2024-01-01T00:00:00.000Z",
    updatedAt: "2024-01-01T00:00:00.000Z",
    ...overrides,
  };
}

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at: "2024-01-01T10:00:00.000Z",
    action: "probe",
    actor: "U-alice",
    platform: "slack",
    conversation: "C1:1.1",
    target: "rdp01.corp.example:3389",
    outcome: "allowed",
    details: { addresses: ["10.0.0.5"], budgetMs: 8000 },
    ...overrides,
  };
}
