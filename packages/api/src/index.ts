export { createApp, type AppOptions } from './http/app';
export { listen } from './http/listen';
export { HTTP_STATUS } from './http/error-status';
export type { ApiStore } from './api-store';
export { createArticleIngester, type ArticleIngester, type ArticleIngesterOptions } from './ingest/article-ingester';
export { loadOrCreateApiToken, TOKEN_FILE, type ApiToken } from './auth/api-token';
export { DEFAULT_RATE_LIMITS, type RateLimits } from './http/security/rate-limits';
export { layOutView, VIEW_LAYOUT_PASSES } from './layout/view-layout';
export { layOutInThread, type ViewLayouter } from './layout/layout-thread';
