import { maxServerReportLineLength } from "../../server-report/server-report-line.js";
import { code, plain, strong } from "./inline.js";
import type { DocumentBlock, ReplyDocument } from "./reply-document.js";

/** The shipped collector as a reply hands it out: the script as a file, and the one line that runs it. */
export interface Collector {
  name: string;
  script: string;
  oneLiner: string;
}

const administrator = strong("Windows PowerShell as administrator");

/**
 * The form a server report is pasted into; a platform that opens it on a click of "Paste the report" (a
 * modal) builds it from this, since the click carries no document.
 */
export const serverReportForm: Extract<DocumentBlock, { type: "form" }> = {
  type: "form",
  title: "Send the report",
  label: "The RDPFIX1: line the collector printed",
  maxLength: maxServerReportLineLength,
  open: {
    type: "button",
    label: "Paste the report",
    action: { kind: "paste-server-report" },
    style: "primary",
  },
  prompt: [strong("Paste it here, as a reply in this thread.")],
};

/**
 * "Check the server", worded once for every platform: how to run the read-only collector (attached as a
 * file where the platform attaches files, else its one-liner to paste), what it reads, and the form to paste
 * its one line back (a platform without forms says to reply in the thread).
 */
export function presentServerCheck(collector: Collector): ReplyDocument {
  const title = strong("Check the server.");
  return {
    summary: [
      plain("Check the server: run the read-only collector and paste back the RDPFIX1: line it prints."),
    ],
    blocks: [
      {
        type: "attachment",
        name: collector.name,
        content: collector.script,
        caption: [
          title,
          plain(" Copy the attached "),
          code(collector.name),
          plain(" to the server and run it in "),
          administrator,
          plain(": "),
          code(`powershell -ExecutionPolicy Bypass -File .\\${collector.name}`),
        ],
        instead: [
          {
            type: "paragraph",
            text: [title, plain(" On the server, open "), administrator, plain(" and paste this one line:")],
          },
          {
            type: "code",
            code: collector.oneLiner,
            language: "powershell",
            tooLong: [plain("The one-liner does not fit here: run "), code("rdp-fix collector"), plain(".")],
          },
        ],
      },
      {
        type: "paragraph",
        text: [
          plain(
            "It only reads (the RDP certificate and its key permissions, the RDP-Tcp settings, Schannel, the " +
              "firewall rules, event counts of the last 24 hours) and reports no user names and no secrets. It " +
              "prints one line starting with ",
          ),
          code("RDPFIX1:"),
          plain(": paste that line back and I will re-rank the causes with it."),
        ],
      },
      serverReportForm,
    ],
  };
}
