# The newsgraph app (API + viewer); Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-bookworm-slim
RUN npm i -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build:viewer
ENV HOST=0.0.0.0 PORT=3000 NEWSGRAPH_DATA_DIR=/app/data
EXPOSE 3000
CMD ["pnpm", "start"]
