import { type AddressInfo, createServer } from "node:net";

/** A 127.0.0.1 port nothing listens on (it was free a moment ago): connecting to it is refused. */
export async function unusedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
