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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  workers: number | undefined;
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
  };
}

/** Resolves a user-given path against the directory the user ran the command from. */
export function resolveUserPath(config: Config, path: string): string {
  return resolve(config.cwd, path);
}
