package dev.lull.proposal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import dev.lull.load.HistoryVersion;
import dev.lull.load.LoadQueries;

/**
 * One connection per replica, outside the pool, that listens to the database's announcements of version moves (V300)
 * and keeps {@link ProposalVersions} current, so that a cached answer needs no database read. The versions are
 * opened only once listening has begun; every {@code check-every} the listener compares them with the database on
 * the same connection (raising any that moved without an announcement, which also probes the connection). When the
 * connection is lost the versions are closed at once (requests read the database again) and the listener connects
 * again, with a wait that doubles up to a minute, and starts from fresh versions.
 */
@ApplicationScoped
class VersionListener {
    private static final Logger LOG = Logger.getLogger(VersionListener.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    private final VersionBook book;
    private final ProposalConfig.Versions config;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile int backendPid;
    private volatile Thread thread;

    VersionListener(ProposalVersions versions, ProposalConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.book = versions.book();
        this.config = config.versions();
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        if (!config.listen()) {
            return;
        }
        running = true;
        Thread listening = new Thread(this::run, "lull-version-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            listening.join(Duration.ofSeconds(5).toMillis());
        }
    }

    /** The database process of the listening connection, 0 while there is none (tests end it on purpose). */
    int backendPid() {
        return backendPid;
    }

    private void run() {
        Duration wait = config.reconnectAfter();
        while (running) {
            try (Connection connection = connect()) {
                listen(connection);
                wait = config.reconnectAfter();
                follow(connection);
            } catch (SQLException | RuntimeException e) {
                book.close();
                backendPid = 0;
                if (running) {
                    LOG.warnf("listening to version moves failed (%s); versions are read per request, connecting "
                            + "again in %s", e.getMessage(), wait);
                }
            }
            book.close();
            backendPid = 0;
            if (running && !pause(wait)) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "lull-version-listener");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "10");
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        connection.setAutoCommit(true);
        return connection;
    }

    /** Listens to this schema's channel, then opens the versions at the timeline version read after that. */
    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String schema = single(statement, "select current_schema()");
            statement.execute("listen \"" + ("lull_versions " + schema).replace("\"", "\"\"") + "\"");
            backendPid = Integer.parseInt(single(statement, "select pg_backend_pid()"));
            book.open(Long.parseLong(single(statement, "select version from timeline_version where id = 1")));
        }
        LOG.debugf("listening to version moves (backend %d)", backendPid);
    }

    private void follow(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long checkEvery = config.checkEvery().toNanos();
        int poll = (int) Math.max(10, Math.min(500, config.checkEvery().toMillis()));
        long nextCheck = System.nanoTime() + checkEvery;
        while (running) {
            apply(pg.getNotifications(poll));
            if (System.nanoTime() - nextCheck >= 0) {
                check(connection, pg);
                nextCheck = System.nanoTime() + checkEvery;
            }
        }
    }

    private void apply(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        for (PGNotification notification : notifications) {
            if (!book.apply(notification.getParameter())) {
                LOG.warnf("ignored an unknown version announcement: %s", notification.getParameter());
            }
        }
    }

    /** Reads the versions followed from the database and raises any that moved without an announcement. */
    private void check(Connection connection, PGConnection pg) throws SQLException {
        Map<Long, HistoryVersion> followed = book.followed();
        long timeline;
        try (Statement statement = connection.createStatement()) {
            timeline = Long.parseLong(single(statement, "select version from timeline_version where id = 1"));
        }
        Map<Long, HistoryVersion> read = followed.isEmpty()
                ? Map.of()
                : LoadQueries.historyVersions(connection, followed.keySet());
        apply(pg.getNotifications());
        int behind = book.raise(timeline, read);
        if (behind > 0) {
            LOG.debugf("%d versions moved before their announcement arrived", behind);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Waits before connecting again; false when interrupted by the shutdown. */
    private boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
