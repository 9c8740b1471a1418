package reportgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

/**
 * Runs an embedded Neo4j Community 5.26 with the Bolt connector on 127.0.0.1 for reportgraph.
 *
 * <p>Usage: {@code LocalNeo4j [--port N] [--data-dir DIR | --ephemeral] [--page-cache 1g]
 * [--exit-on-stdin-eof]}. Prints {@code NEO4J_READY bolt://127.0.0.1:N} on stdout only after a
 * {@code RETURN 1} over Bolt succeeded. Neo4j's own logs go to {@code DIR/logs}. SIGTERM/SIGINT
 * shut the database down cleanly (shutdown hook).
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.err.println(
                    "usage: LocalNeo4j [--port N] [--data-dir DIR | --ephemeral] [--page-cache 1g] [--exit-on-stdin-eof]");
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (Throwable e) {
            System.err.println("neo4j-launcher: failed to start Neo4j: " + describe(e));
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private static void run(Options options) throws IOException, InterruptedException {
        Path home = options.ephemeral
                ? Files.createTempDirectory("reportgraph-neo4j-")
                : Files.createDirectories(options.dataDir.toAbsolutePath().normalize());

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // A local dev/test store is rebuilt from data/ at will: no point keeping old tx logs.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Bolt's graceful shutdown waits ~10 s for idle connections by default; stopping a dev/test
                // server should take about as long as the checkpoint does.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Thread hook = new Thread(() -> shutdown(service, home, options.ephemeral, stopped), "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        String uri = "bolt://" + HOST + ":" + options.port;
        awaitBolt(uri);
        PrintStream out = System.out;
        out.println("NEO4J_READY " + uri);
        out.flush();

        if (options.exitOnStdinEof) {
            // The Node side keeps our stdin open; when it dies without a signal, EOF stops us.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // ignore input
                    }
                } catch (IOException ignored) {
                    // treated as EOF
                }
                System.exit(0);
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Keep the JVM alive; the shutdown hook ends it.
        Thread.currentThread().join();
    }

    private static void awaitBolt(String uri) throws InterruptedException {
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withoutEncryption()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        RuntimeException last = null;
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), config)) {
            while (System.nanoTime() < deadline) {
                try (Session session = driver.session()) {
                    long one = session.run("RETURN 1 AS one").single().get("one").asLong();
                    if (one == 1L) {
                        return;
                    }
                    last = new IllegalStateException("RETURN 1 answered " + one);
                } catch (RuntimeException e) {
                    last = e;
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Bolt at " + uri + " did not answer RETURN 1 within "
                + READY_TIMEOUT.toSeconds() + " s: " + (last == null ? "no attempt" : describe(last)), last);
    }

    private static void shutdown(DatabaseManagementService service, Path home, boolean ephemeral, AtomicBoolean stopped) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            service.shutdown();
        } catch (Throwable e) {
            System.err.println("neo4j-launcher: error during shutdown: " + describe(e));
        }
        if (ephemeral) {
            deleteRecursively(home);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a temp dir left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? message : message + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static final class Options {
        int port = 7687;
        Path dataDir = Paths.get(".neo4j", "data");
        boolean ephemeral = false;
        long pageCacheBytes = parseBytes("1g");
        boolean exitOnStdinEof = false;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--port" -> o.port = parsePort(value(args, ++i, arg));
                    case "--data-dir" -> o.dataDir = Paths.get(value(args, ++i, arg));
                    case "--ephemeral" -> o.ephemeral = true;
                    case "--page-cache" -> o.pageCacheBytes = parseBytes(value(args, ++i, arg));
                    case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            return o;
        }

        private static String value(String[] args, int index, String name) {
            if (index >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[index];
        }

        private static int parsePort(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("port out of range: " + text);
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port: " + text);
            }
        }

        static long parseBytes(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            long factor = 1;
            if (t.endsWith("k")) {
                factor = 1L << 10;
            } else if (t.endsWith("m")) {
                factor = 1L << 20;
            } else if (t.endsWith("g")) {
                factor = 1L << 30;
            }
            String digits = factor == 1 ? t : t.substring(0, t.length() - 1);
            try {
                return Long.parseLong(digits) * factor;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a size (e.g. 512m, 1g): " + text);
            }
        }
    }
}
