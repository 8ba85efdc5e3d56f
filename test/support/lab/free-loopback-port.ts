import net from "node:net";

/**
 * Asks the kernel for an unused port on 127.0.0.1. Another process may grab it before the server binds;
 * the starters detect that (the server exits) and retry with a new port.
 */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("the kernel returned no port"));
      });
    });
  });
}
