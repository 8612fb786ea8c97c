export {
  startNeo4j,
  launchNeo4j,
  stopPid,
  isAlive,
  NEO4J_JVM_FLAGS,
  type StartOptions,
  type RunningNeo4j,
  type LaunchedNeo4j,
} from './start';
export { boltAnswers, portIsFree } from './bolt-probe';
export { findJava, parseMajor } from './java';
export { EmbeddedNeo4jError, type EmbeddedNeo4jErrorReason } from './errors';
export { readPidFile, writePidFile, removePidFile, type PidRecord } from './pid-file';
export { storeFingerprint } from './store-fingerprint';
