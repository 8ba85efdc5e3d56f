// Entry point for runInNamespace: `exporter-scrape-main.ts HOST PORT CIDR` serves the exporter on the
// namespace's loopback, scrapes HOST:PORT through it once, and prints one JSON line (an ExporterScrape).
import { scrapeExporter } from "./exporter-peer.js";

const [host = "", port = "", allowedCidr = ""] = process.argv.slice(2);
const scrape = await scrapeExporter({ host, port: Number(port) }, allowedCidr);
process.stdout.write(`${JSON.stringify(scrape)}\n`);
