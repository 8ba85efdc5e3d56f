# The rdp-fix chat bot: `docker run --env-file .env -p 3000:3000 -v rdp-fix-data:/data rdp-fix` runs
# `rdp-fix serve`, with its SQLite state on the rdp-fix-data volume.
#
# Both stages use the same pinned base (Node 22 LTS on Debian 12, the Debian the lab and CI use), so the native
# module compiled in the build stage matches the runtime's Node ABI and glibc. Bump the tag deliberately, never
# to `latest`; add the digest (`node:22.22.0-bookworm-slim@sha256:...`) to make the build byte-for-byte
# repeatable.

# ---- build: the same two commands as CI (.ci/run) and the README, then production dependencies only ----
FROM node:22.22.0-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 is a native module: its install script takes a prebuilt binary when one matches, and otherwise
# compiles with node-gyp, which needs Python, make and a C++ compiler. They stay in this stage.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# Manifests first, so editing the sources does not invalidate the dependency layer.
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
# Pruning keeps the compiled better-sqlite3 and drops the dev tools; the runtime copies this node_modules as is.
RUN npm run build && npm prune --omit=dev && npm cache clean --force

# ---- runtime: compiled JavaScript, the flows, the server collector, production dependencies, the path tools; no compiler ----
FROM node:22.22.0-bookworm-slim AS runtime
ENV NODE_ENV=production
# The SQLite state store keeps its file here; mount a volume on it so sessions survive a restart.
ENV RDP_FIX_DATA_DIR=/data
WORKDIR /app

# The path checks run ping and tracepath; without them they report "not checked" rather than fail.
# ping needs a raw socket (CAP_NET_RAW, in Docker's default capability set) or unprivileged ICMP sockets
# (net.ipv4.ping_group_range, open by default since Docker 20.10). Where neither is allowed (`--cap-drop
# ALL`, Kubernetes' restricted profile) ping reports "not checked": add `--cap-add NET_RAW`, or the sysctl
# net.ipv4.ping_group_range="0 2147483647", to keep the loss and MTU checks. tracepath needs neither.
RUN apt-get update \
  && apt-get install -y --no-install-recommends iputils-ping iputils-tracepath \
  && rm -rf /var/lib/apt/lists/*

COPY package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY flows ./flows
COPY collector ./collector
COPY assets ./assets

# Files stay root-owned and read-only to the service; only the data directory belongs to it. Numeric, so
# Kubernetes' runAsNonRoot can verify it (uid 1000 is the image's `node` user). The directory is created and
# owned before VOLUME, so a new named volume starts with that owner.
RUN mkdir -p /data && chown 1000:1000 /data
VOLUME /data
USER 1000:1000

EXPOSE 3000
# Slim images have no curl: Node's own fetch asks the bot's /healthz on PORT (default 3000).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Node as PID 1 gets SIGTERM directly, so `serve` must shut down on it (or run the container with --init).
ENTRYPOINT ["node", "dist/bin/cli.js"]
CMD ["serve"]
