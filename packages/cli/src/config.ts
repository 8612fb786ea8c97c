import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

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
  };
}

/** Resolves a user-given path against the directory the user ran the command from. */
export function resolveUserPath(config: Config, path: string): string {
  return resolve(config.cwd, path);
}
