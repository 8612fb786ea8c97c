import type { GraphStore } from '@newsgraph/graph-store';
import { createProfileRecorder, extractJsonl, isUrl } from '@newsgraph/ingest';
import { NewsgraphError, toNewsgraphError } from '@newsgraph/schema';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig, resolveUserPath, type Config } from './config';
import { neo4jStart, neo4jStatus, neo4jStop } from './commands/neo4j';
import { serveCommand } from './commands/serve';
import { startApp } from './commands/start';
import { deleteFromGraph } from './commands/delete';
import { describeAmbiguous, listAmbiguous } from './commands/ambiguous';
import { describeIngest, describeReextract, runIngest, runReextract } from './run-ingest';
import { describeProfile } from './describe-profile';
import { workerCount } from './workers';
import { chooseLogFormat } from './log-format';
import { createLogger } from './logger';
import { withStore, withStoreEarly } from './with-store';

const config: Config = loadConfig();
const logger = createLogger(config.logLevel, chooseLogFormat(config.logFormat, process.stderr.isTTY));
const print = (line: string): void => void process.stdout.write(`${line}\n`);

/** A command's result as one JSON object with --json, in sentences otherwise. */
function printAs<T>(json: boolean | undefined, result: T, describe: (result: T) => string): void {
  print(json ? JSON.stringify(result) : describe(result));
}

/** A run's summary, printed as asked; a run in which any article failed exits with 1. */
function printSummary<T extends { failed: readonly unknown[] }>(
  json: boolean | undefined,
  summary: T,
  describe: (summary: T) => string,
): void {
  printAs(json, summary, describe);
  if (summary.failed.length > 0) process.exitCode = 1;
}

const program = new Command('newsgraph')
  .description('Knowledge graphs from news articles, in Neo4j')
  .showHelpAfterError();

program
  .command('extract')
  .description('extract entities, relations and quotes from JSON Lines on stdin (see docs: the extraction contract)')
  .option('--jsonl', 'read {"id","text"} lines on stdin, write one result line each on stdout', true)
  .action(() =>
    extractJsonl(process.stdin, process.stdout, { workers: workerCount(config), calibrate: !config.rawConfidence }),
  );

const WORKERS_HELP = 'extraction threads (default: one per core, or NEWSGRAPH_WORKERS; 0 extracts on the main thread)';

const integer = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number');
  return parsed;
};

program
  .command('ingest')
  .description(
    'read articles (files, directories, http(s) URLs, - for stdin), extract them and write them to the graph',
  )
  .argument('<sources...>', '.txt .md .html .json .jsonl .rss/.atom/.xml .pdf, and .gz of these')
  .option('--json', 'print the summary as one JSON object')
  .option('--workers <n>', WORKERS_HELP, integer)
  .option('--batch-size <n>', 'articles per transaction', integer, 200)
  .option('--overrides <file>', 'analyst overrides (default: $NEWSGRAPH_DATA_DIR/overrides.json when present)')
  .option('--profile', 'say where the time went (with --json: as a "profile" field of the summary)')
  .action(
    async (
      sources: string[],
      options: { json?: boolean; workers?: number; batchSize: number; overrides?: string; profile?: boolean },
    ) => {
      const profile = options.profile ? createProfileRecorder() : undefined;
      profile?.mark('command started');
      const resolved = sources.map((s) => (s === '-' || isUrl(s) ? s : resolveUserPath(config, s)));
      const overrides = options.overrides ? resolveUserPath(config, options.overrides) : undefined;
      // A Neo4j this command starts boots while the first articles are read and extracted.
      const summary = await withStoreEarly(config, logger, (store, owned) => {
        const marked = (s: Promise<GraphStore>): Promise<GraphStore> => {
          void s.then(
            () => profile?.mark('store ready'),
            () => undefined,
          );
          return s;
        };
        const timed = store instanceof Promise ? marked(store) : { ...store, open: () => marked(store.open()) };
        return runIngest(timed, resolved, config, logger, {
          workers: options.workers,
          batchSize: options.batchSize,
          overrides,
          // a Neo4j started for this command warms up while the first batch is extracted
          warmUp: owned,
          profile,
        });
      });
      for (const failure of summary.failed) process.stderr.write(`newsgraph: ${failure.where}: ${failure.error}\n`);
      if (!profile) return printSummary(options.json, summary, describeIngest);
      profile.mark('store released');
      const result = profile.result();
      if (options.json) return printSummary(true, { ...summary, profile: result }, describeIngest);
      process.stderr.write(describeProfile(result));
      printSummary(false, summary, describeIngest);
    },
  );

program
  .command('reextract')
  .description('re-extract every article read by an older extractor version (or other overrides)')
  .option('--json', 'print the summary as one JSON object')
  .option('--workers <n>', WORKERS_HELP, integer)
  .option('--overrides <file>', 'analyst overrides file')
  .action(async (options: { json?: boolean; workers?: number; overrides?: string }) => {
    const overrides = options.overrides ? resolveUserPath(config, options.overrides) : undefined;
    const summary = await withStore(config, logger, (store) =>
      runReextract(store, config, logger, { workers: options.workers, overrides }),
    );
    printSummary(options.json, summary, describeReextract);
  });

program
  .command('delete')
  .description("take an article's or a source's contribution out of the graph")
  .option('--article <id...>', 'article ids')
  .option('--source <name>', 'every article of this source')
  .action(async (options: { article?: string[]; source?: string }) => {
    const deleted = await withStore(config, logger, (store) => deleteFromGraph(store, options));
    print(`deleted ${deleted.length} article${deleted.length === 1 ? '' : 's'}`);
  });

program
  .command('reset')
  .description('empty the graph')
  .option('--yes', 'really delete everything')
  .action(async (options: { yes?: boolean }) => {
    if (!options.yes) throw new NewsgraphError('BAD_INPUT', 'reset deletes the whole graph; add --yes to confirm');
    await withStore(config, logger, (store) => store.clear());
    print('graph emptied');
  });

program
  .command('stats')
  .description('count articles, entities, relations, mentions and quotes')
  .option('--json', 'print one JSON object')
  .action(async (options: { json?: boolean }) => {
    const stats = await withStore(config, logger, (store) => store.stats());
    printAs(options.json, stats, (counts) =>
      Object.entries(counts)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join('\n'),
    );
  });

program
  .command('ambiguous')
  .description(
    'list short person names ("Biden") that several people in the graph bear, with the override that would settle each',
  )
  .option('--json', 'print one JSON object')
  .option('--limit <n>', 'at most this many names', integer, 100)
  .action(async (options: { json?: boolean; limit: number }) => {
    const list = await withStore(config, logger, (store) => listAmbiguous(store, Math.max(1, options.limit)));
    printAs(options.json, list, describeAmbiguous);
  });

program
  .command('serve')
  .description('serve the API and viewer on HOST:PORT (default http://127.0.0.1:3000)')
  .action(async () => print(`newsgraph is running at ${await serveCommand(config, logger)}`));

program
  .command('start')
  .description('build the viewer if needed, start Neo4j, ingest seeds/, serve API and viewer')
  .action(() => startApp(config, logger));

const neo4j = program.command('neo4j').description('the embedded Neo4j (for machines without Docker)');
neo4j
  .command('start')
  .description('start it in the background')
  .action(async () => print(await neo4jStart(config, logger)));
neo4j
  .command('stop')
  .description('stop the background one')
  .action(async () => print(await neo4jStop(config)));
neo4j
  .command('status')
  .description('say which Neo4j commands will use')
  .action(async () => print(await neo4jStatus(config)));

program.parseAsync(process.argv).catch((thrown: unknown) => {
  const error = toNewsgraphError(thrown);
  process.stderr.write(`newsgraph: ${error.message}\n`);
  process.exit(1);
});
