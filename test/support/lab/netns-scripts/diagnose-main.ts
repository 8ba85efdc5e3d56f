// Entry point for runInNamespace: `diagnose-main.ts HOST PORT` runs a whole diagnosis from the namespace it
// runs in and prints one JSON line (a LabDiagnosis).
import { diagnoseLabTarget } from "../lab-diagnosis.js";

const [host = "", port = ""] = process.argv.slice(2);
const diagnosis = await diagnoseLabTarget(host, Number(port), [], "10.201.0.0/24");
process.stdout.write(`${JSON.stringify(diagnosis)}\n`);
