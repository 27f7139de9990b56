# syntax=docker/dockerfile:1
# Multi-stage image: install → build (Next standalone output) → a small runtime as a non-root user.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# What `npm ci`'s postinstall runs: the Node version check and the fixes to installed packages.
COPY scripts/requireNode.mjs ./scripts/
COPY lib/runtime/nodeVersionProblem.mjs ./lib/runtime/
COPY patches ./patches
RUN npm ci

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT_STANDALONE=true
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MEDIA_DIR=/app/media
# A bounded heap, as `npm start` gives the web server (lib/env.ts serverHeapMB).
ENV NODE_OPTIONS=--max-old-space-size=1024
RUN groupadd --system scriptorium && useradd --system --gid scriptorium --home /app scriptorium \
  && mkdir -p /app/media && chown scriptorium:scriptorium /app/media
COPY --from=build --chown=scriptorium:scriptorium /app/.next/standalone ./
COPY --from=build --chown=scriptorium:scriptorium /app/.next/static ./.next/static
USER scriptorium
EXPOSE 3000
# Pending migrations are applied when the server starts (instrumentation.ts → Payload prodMigrations);
# the server refuses to start without PAYLOAD_SECRET (32+ characters) and DATABASE_URL.
CMD ["node", "server.js"]
