import type { NewJob } from "../../src/state/job.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";

/**
 * A memory store that holds leases and sessions like any other but, once `refuse` is set, fails to queue
 * work: the state store going away between a request's ack and its write.
 */
export class StoreRefusingWork extends MemoryStateStore {
  refuse = false;

  override async enqueueFirstDelivery(job: NewJob, deliveryKeys: readonly string[], ttlMs: number) {
    if (this.refuse) throw new Error("the store is down");
    return super.enqueueFirstDelivery(job, deliveryKeys, ttlMs);
  }
}
