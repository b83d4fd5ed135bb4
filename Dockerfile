# Production image: Node 24 LTS, the bot run with tsx (no build step), data in a volume; fonts-nanum
# is the Korean font the charts are drawn with (the bot refuses to start without one while CHARTS=on).
FROM node:24-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ util-linux fonts-nanum \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
ENV NODE_ENV=production LOG_FORMAT=json DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
CMD ["npx", "tsx", "adapters/main.ts"]
