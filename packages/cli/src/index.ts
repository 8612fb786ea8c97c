export { loadConfig, callerCwd, type Config } from './config';
export { acquireNeo4j, type Neo4jLease } from './neo4j-owner';
export { chooseLogFormat, formatLogLine, type LogFormat } from './log-format';
