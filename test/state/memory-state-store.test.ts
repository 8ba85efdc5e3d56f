import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { describeStateStoreContract } from "./state-store-contract.js";

describeStateStoreContract("memory", { open: async (clock) => new MemoryStateStore(clock) });
