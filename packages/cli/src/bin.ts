import { toNewsgraphError } from '@newsgraph/schema';
import { Command } from 'commander';
import { loadConfig, resolveUserPath, type Config } from './config';
import { extractJsonl } from './commands/extract-jsonl';
import { neo4jStart, neo4jStatus, neo4jStop } from './commands/neo4j';
import { serve } from './commands/serve';
import { startApp } from './commands/start';
import { ingestPaths } from './ingest';
import { onShutdown } from './lifecycle';
import { createLogger } from './logger';
import { acquireNeo4j } from './neo4j-owner';
import { withStore } from './with-store';

const config: Config = loadConfig();
const logger = createLogger(config.logLevel);
const print = (line: string): void => void process.stdout.write(`${line}\n`);

const program = new Command('newsgraph').description('Knowledge graphs from news articles, in Neo4j').showHelpAfterError();

program
  .command('extract')
  .description('extract entities, relations and quotes from JSON Lines on stdin (see docs: the extraction contract)')
  .option('--jsonl', 'read {"id","text"} lines on stdin, write one result line each on stdout', true)
  .action(() => extractJsonl(process.stdin, process.stdout));

program
  .command('ingest')
  .description('read articles from files and directories, extract them and write them to the graph')
  .argument('<paths...>', 'files or directories (.txt, .md, .json, .jsonl, and .gz of these)')
  .option('--json', 'print the summary as one JSON object')
  .action(async (paths: string[], options: { json?: boolean }) => {
    const summary = await withStore(config, logger, (store) =>
      ingestPaths(store, paths.map((p) => resolveUserPath(config, p)), logger, process.stderr.isTTY === true),
    );
    print(options.json ? JSON.stringify(summary) : `${summary.articles} articles: ${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed.length} failed`);
    if (summary.failed.length > 0) process.exitCode = 1;
  });

program
  .command('stats')
  .description('count articles, entities, relations, mentions and quotes')
  .option('--json', 'print one JSON object')
  .action(async (options: { json?: boolean }) => {
    const stats = await withStore(config, logger, (store) => store.stats());
    print(options.json ? JSON.stringify(stats) : Object.entries(stats).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n'));
  });

program
  .command('serve')
  .description('serve the API and viewer on HOST:PORT (default http://127.0.0.1:3000)')
  .action(async () => {
    const lease = await acquireNeo4j(config, logger);
    const serving = await serve(config, lease, logger);
    onShutdown(logger, async () => {
      await new Promise((resolve) => serving.server.close(resolve));
      await serving.store.close();
      await lease.release();
    });
    print(`newsgraph is running at ${serving.url}`);
  });

program
  .command('start')
  .description('build the viewer if needed, start Neo4j, ingest seeds/, serve API and viewer')
  .action(() => startApp(config, logger));

const neo4j = program.command('neo4j').description('the embedded Neo4j (for machines without Docker)');
neo4j.command('start').description('start it in the background').action(async () => print(await neo4jStart(config, logger)));
neo4j.command('stop').description('stop the background one').action(async () => print(await neo4jStop(config)));
neo4j.command('status').description('say which Neo4j commands will use').action(async () => print(await neo4jStatus(config)));

program.parseAsync(process.argv).catch((thrown: unknown) => {
  const error = toNewsgraphError(thrown);
  process.stderr.write(`newsgraph: ${error.message}\n`);
  process.exit(1);
});
