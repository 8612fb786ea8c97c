export { createApp, type AppOptions } from './http/app';
export { listen } from './http/listen';
export { HTTP_STATUS } from './http/error-status';
export type { ApiStore } from './api-store';
