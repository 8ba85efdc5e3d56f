import type { TestProject } from "vitest/node";
import { startPostgres } from "./start-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The superuser URL of the run's PostgreSQL server; test files take a fresh database from it. */
    postgresUrl: string;
  }
}

/** One PostgreSQL server for the whole test run: starting one takes seconds, a database takes milliseconds. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
