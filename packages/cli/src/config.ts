import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

// An origin as browsers send it: scheme, host and an optional port, nothing after.
const ORIGIN = /^https?:\/\/[^/\s:]+(:\d{1,5})?$/;

const EnvSchema = z.object({
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HEAP_MB: z.coerce.number().int().min(128).default(2048),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(1024),
  NEWSGRAPH_DATA_DIR: z.string().default('data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  NEWSGRAPH_OVERRIDES: z.string().optional(),
  NEWSGRAPH_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  NEWSGRAPH_RAW_CONFIDENCE: z.string().optional(),
  NEWSGRAPH_API_TOKEN: z.string().optional(),
  NEWSGRAPH_BODY_LIMIT: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, 'expected a size such as 1mb, 512kb or 1048576 (bytes)')
    .default('1mb'),
  NEWSGRAPH_MAX_ARTICLE_CHARS: z.coerce.number().int().min(1).max(50_000_000).default(200_000),
  NEWSGRAPH_RATE_LIMIT_WRITES: z.coerce.number().int().min(0).max(1_000_000).default(30),
  NEWSGRAPH_RATE_LIMIT_CYPHER: z.coerce.number().int().min(0).max(1_000_000).default(60),
  NEWSGRAPH_READ_CACHE: z.coerce.number().int().min(0).max(1_000_000).default(200),
  NEWSGRAPH_READ_MIRROR: z.enum(['0', '1']).default('1'),
  NEWSGRAPH_CORS_ORIGINS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.union([z.literal('*'), z.string().regex(ORIGIN, 'expected an origin such as https://example.org')])),
    )
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});

/** Settings from the environment, validated once; paths resolved against the caller's directory. */
export interface Config {
  neo4jUri: string | undefined;
  neo4jUser: string | undefined;
  neo4jPassword: string | undefined;
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  dataDir: string;
  host: string;
  port: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  cwd: string;
  /** The analyst overrides file, and whether the user named it (a named file must exist). */
  overridesPath: string;
  overridesRequired: boolean;
  /** Extraction threads (NEWSGRAPH_WORKERS): 0 extracts on the main thread, N on N worker threads. */
  workers: number | undefined;
  /** `extract --jsonl` prints the rules' raw relation scores instead of calibrated confidences. */
  rawConfidence: boolean;
  /** Log lines as JSON, or as `HH:MM:SS level message`; unset means pretty on a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | undefined;
  /** The bearer token for writes (NEWSGRAPH_API_TOKEN); unset, one is generated and kept in the data directory. */
  apiToken: string | undefined;
  /** The largest request body the API accepts ("1mb"). */
  bodyLimit: string;
  /** The longest article, in characters, that `POST /api/articles` extracts. */
  maxArticleChars: number;
  /** Requests a client may make a minute: writes and Cypher queries (0 is no limit). */
  rateLimits: { writesPerMinute: number; cypherPerMinute: number };
  /** Browser origins allowed to call the API (NEWSGRAPH_CORS_ORIGINS); unset, none. */
  corsOrigins: string[] | undefined;
  /** Answers to repeated reads the server keeps (NEWSGRAPH_READ_CACHE); 0 keeps none. */
  readCacheEntries: number;
  /** Whether the server keeps entities and relations in memory for search and views (NEWSGRAPH_READ_MIRROR). */
  readMirror: boolean;
}

/** The directory the user ran the command from: pnpm scripts run in the package root but record INIT_CWD. */
export function callerCwd(env: NodeJS.ProcessEnv = process.env): string {
  return env['INIT_CWD'] && isAbsolute(env['INIT_CWD']) ? env['INIT_CWD'] : process.cwd();
}

/** Reads and checks the environment; a bad value fails with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  const cwd = callerCwd(env);
  return {
    neo4jUri: parsed.NEO4J_URI,
    neo4jUser: parsed.NEO4J_USER,
    neo4jPassword: parsed.NEO4J_PASSWORD,
    boltPort: parsed.NEO4J_BOLT_PORT,
    heapMb: parsed.NEO4J_HEAP_MB,
    pageCacheMb: parsed.NEO4J_PAGECACHE_MB,
    dataDir: resolve(cwd, parsed.NEWSGRAPH_DATA_DIR),
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    cwd,
    overridesPath: parsed.NEWSGRAPH_OVERRIDES
      ? resolve(cwd, parsed.NEWSGRAPH_OVERRIDES)
      : resolve(cwd, parsed.NEWSGRAPH_DATA_DIR, 'overrides.json'),
    overridesRequired: parsed.NEWSGRAPH_OVERRIDES !== undefined,
    workers: parsed.NEWSGRAPH_WORKERS,
    rawConfidence: parsed.NEWSGRAPH_RAW_CONFIDENCE === '1',
    logFormat: parsed.LOG_FORMAT,
    apiToken: parsed.NEWSGRAPH_API_TOKEN,
    bodyLimit: parsed.NEWSGRAPH_BODY_LIMIT,
    maxArticleChars: parsed.NEWSGRAPH_MAX_ARTICLE_CHARS,
    rateLimits: {
      writesPerMinute: parsed.NEWSGRAPH_RATE_LIMIT_WRITES,
      cypherPerMinute: parsed.NEWSGRAPH_RATE_LIMIT_CYPHER,
    },
    corsOrigins: parsed.NEWSGRAPH_CORS_ORIGINS,
    readCacheEntries: parsed.NEWSGRAPH_READ_CACHE,
    readMirror: parsed.NEWSGRAPH_READ_MIRROR === '1',
  };
}

/** Resolves a user-given path against the directory the user ran the command from. */
export function resolveUserPath(config: Config, path: string): string {
  return resolve(config.cwd, path);
}
