package dev.newsgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with a Bolt connector on 127.0.0.1 and no authentication.
 *
 * Usage: Launcher <dataDir> <boltPort> <pageCacheMb> <watchStdin:true|false>
 * Prints "NEWSGRAPH_NEO4J_READY <port>" once Bolt listens; stops cleanly on SIGTERM, and when
 * watching stdin, also when stdin closes (the parent process died).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: Launcher <dataDir> <boltPort> <pageCacheMb> <watchStdin>");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = Long.parseLong(args[2]);
    boolean watchStdin = Boolean.parseBoolean(args[3]);

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Bolt waits 5 s twice for idle threads at shutdown; a local single-user database needs neither.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // LOAD CSV is a read that can open local files; power users run read-only Cypher, so no file URLs at all.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        // A growing graph's statistics diverge within seconds, and every replan costs compile time: at most one a minute.
        .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(1))
        // One plan per statement text: with size hints a list parameter's size (1, 10, 100, 1000…) is part of the
        // plan cache key, so a warm-up's small batches left every real batch's statements to be planned again (ADR 15).
        .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    System.out.println("NEWSGRAPH_NEO4J_READY " + port);
    System.out.flush();

    if (watchStdin) {
      Thread watcher = new Thread(() -> {
        waitForEof(System.in);
        System.exit(0);
      }, "parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  /** Blocks until the stream ends: the parent holds the other end, so EOF means it is gone. */
  private static void waitForEof(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Discard anything the parent writes; only the end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe is the same signal as EOF.
    }
  }
}
