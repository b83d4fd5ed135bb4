# syntax=docker/dockerfile:1
# Production image in three stages: compile with every dependency, install production dependencies
# (native addons need a toolchain), then a small runtime with dist/ and production node_modules only.

# 1. Compile the TypeScript (dev dependencies: typescript) into dist/, assets included.
FROM node:24-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
COPY commands ./commands
COPY migrations ./migrations
COPY seeds ./seeds
RUN npm run build

# 2. Production dependencies only, built for this Node (better-sqlite3 compiles here if no prebuild fits).
FROM node:24-bookworm-slim AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. Runtime: plain node on dist/, no compiler, no dev tooling, not root.
FROM node:24-bookworm-slim
# tini forwards SIGTERM to node and reaps the PDF-extraction children; prlimit (util-linux) caps their
# memory; fonts-nanum is the Korean font charts are drawn with (the bot refuses to start without one).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini util-linux fonts-nanum \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production LOG_FORMAT=json DATA_DIR=/data HTTP_PORT=8080 CONSOLE=off
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/adapters/main.js"]
