FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, so that a code change does not reinstall them; generating the Prisma
# client on install needs the schema.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build
ENV NODE_ENV=production
EXPOSE 3000
# Migrations are applied under an advisory lock, so several replicas may start at once (in
# docker-compose.yml a one-shot setup service has applied them already).
CMD ["sh", "-c", "npm run db:migrate && exec node node_modules/next/dist/bin/next start -p 3000 -H 0.0.0.0"]
