export { knownFlowIds } from "../../src/chat/action-codec/known-flow-ids.js";
