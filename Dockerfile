# The rdp-fix chat bot: `docker run --env-file .env -p 3000:3000 rdp-fix` runs `rdp-fix serve`.
#
# Both stages use the same pinned base (Node 22 LTS on Debian 12, the Debian the lab and CI use). Bump the
# tag deliberately, never to `latest`; add the digest (`node:22.22.0-bookworm-slim@sha256:...`) to make the
# build byte-for-byte repeatable.

# ---- build: the same two commands as CI (.ci/run) and the README ----
FROM node:22.22.0-bookworm-slim AS build
WORKDIR /app
# Manifests first, so editing the sources does not invalidate the dependency layer.
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
RUN npm run build

# ---- runtime: compiled JavaScript, the flows, production dependencies, the path tools ----
FROM node:22.22.0-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

# The path checks run ping and tracepath; without them they report "not checked" rather than fail.
# ping needs a raw socket (CAP_NET_RAW, in Docker's default capability set) or unprivileged ICMP sockets
# (net.ipv4.ping_group_range, open by default since Docker 20.10). Where neither is allowed (`--cap-drop
# ALL`, Kubernetes' restricted profile) ping reports "not checked": add `--cap-add NET_RAW`, or the sysctl
# net.ipv4.ping_group_range="0 2147483647", to keep the loss and MTU checks. tracepath needs neither.
RUN apt-get update \
  && apt-get install -y --no-install-recommends iputils-ping iputils-tracepath \
  && rm -rf /var/lib/apt/lists/*

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY flows ./flows

# Files stay root-owned and read-only to the service. Numeric, so Kubernetes' runAsNonRoot can verify it
# (uid 1000 is the image's `node` user).
USER 1000:1000

EXPOSE 3000
# Slim images have no curl: Node's own fetch asks the bot's /healthz on PORT (default 3000).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Node as PID 1 gets SIGTERM directly, so `serve` must shut down on it (or run the container with --init).
ENTRYPOINT ["node", "dist/bin/cli.js"]
CMD ["serve"]
