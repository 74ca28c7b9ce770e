# syntax=docker/dockerfile:1
# The production image (docs/deployment.md). scripts/verify-production-install.mjs repeats these
# steps without Docker, in CI, and checks that this file still says what it repeats: change both.
# Node 24: the current LTS line (Node 20 reached its end of life in April 2026); the server's
# production check runs it on this line too (scripts/verify-production-install.mjs --node 24).
ARG NODE_VERSION=24

# The package manifests alone, so the dependency layers are reused until a manifest changes.
FROM node:${NODE_VERSION}-bookworm-slim AS manifests
# npm 11 (package.json's packageManager) honours allowScripts: dependencies' install scripts stay off.
RUN npm install --global npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/api/package.json packages/api/
COPY packages/auth/package.json packages/auth/
COPY packages/book/package.json packages/book/
COPY packages/client/package.json packages/client/
COPY packages/widget/package.json packages/widget/
COPY packages/docusaurus/package.json packages/docusaurus/
COPY packages/db/package.json packages/db/
COPY packages/rag/package.json packages/rag/
COPY examples/node-client/package.json examples/node-client/

FROM manifests AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Only what the server loads at run time: its bundle (apps/server/dist) holds everything else, so
# its own dependencies are all it needs. npm installs every workspace's dependencies whatever
# --workspace says, so the workspace is narrowed to the server; npm keeps the lockfile's versions.
FROM node:${NODE_VERSION}-bookworm-slim AS production-dependencies
RUN npm install --global npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
RUN npm pkg delete workspaces && npm pkg set "workspaces[0]=apps/server"
RUN npm install --omit=dev --omit=optional --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=production-dependencies /app ./
COPY --from=build /app/apps/server/dist apps/server/dist
COPY --from=build /app/apps/web/dist apps/web/dist
# The default book (DOCS_DIR): the project's own user guide.
COPY docs docs
# The embedded database's folder, when DATABASE_URL is unset: mount a volume here to keep it.
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/server/dist/main.js"]
