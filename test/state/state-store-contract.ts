import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StateStore, StoreKind } from "../../src/state/state-store.js";
import { describeCoordinationContract } from "./coordination-contract.js";
import { describeJobContract } from "./job-contract.js";
import { describeRateContract } from "./rate-contract.js";
import { describeRecordsContract } from "./records-contract.js";
import { describeSessionContract } from "./session-contract.js";
import { describeSharedDatabaseContract } from "./shared-database-contract.js";
import { type StoreSubject, type TestClock, testClock } from "./state-store-fixtures.js";
import { describeWatchContract } from "./watch-contract.js";

/** Per test: a fresh store on its own clock, closed afterwards. */
export interface StoreUnderTest {
  readonly store: StateStore;
  readonly clock: TestClock;
}

export function useStore(subject: StoreSubject): StoreUnderTest {
  const current: { store?: StateStore; clock: TestClock } = { clock: testClock() };
  beforeEach(async () => {
    current.clock = testClock();
    current.store = await subject.open(current.clock.read);
  });
  afterEach(async () => {
    await current.store?.close();
    delete current.store;
  });
  return {
    get store() {
      if (current.store === undefined) throw new Error("the store is opened in beforeEach");
      return current.store;
    },
    get clock() {
      return current.clock;
    },
  };
}

/**
 * The behaviour every StateStore must have, the memory store's being the reference. Each store's test file
 * calls this with a factory for fresh stores (and, where a database can be shared, for two on one).
 */
export function describeStateStoreContract(kind: StoreKind, subject: StoreSubject): void {
  describe(`${kind} state store contract`, () => {
    describeSessionContract(subject);
    describeCoordinationContract(subject);
    describeJobContract(subject);
    describeRecordsContract(kind, subject);
    describeRateContract(subject);
    describeWatchContract(subject);
    if (subject.openTwo) describeSharedDatabaseContract(subject.openTwo);
  });

  it(`GIVEN the ${kind} store THEN it says what it is`, async () => {
    const store = await subject.open(testClock().read);
    try {
      expect(store.kind).toBe(kind);
    } finally {
      await store.close();
    }
  });
}
