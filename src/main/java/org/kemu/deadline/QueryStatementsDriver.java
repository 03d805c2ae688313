package org.kemu.deadline;

import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The application's Neo4j driver. A session opened while a GraphQL query runs on the thread ({@link QueryReads}) is
 * read-only, and its statements end by the query's deadline ({@link BoundedReadSession}); every other session —
 * an import's, the seed load's, a command's — is the driver's own, untouched.
 */
final class QueryStatementsDriver implements Driver {

    private final Driver driver;
    private final InProcessStatements inProcess;

    /** @param inProcess runs a query's statements in the database of this process; null when it is an external one */
    QueryStatementsDriver(Driver driver, InProcessStatements inProcess) {
        this.driver = driver;
        this.inProcess = inProcess;
    }

    @Override
    public <T extends BaseSession> T session(Class<T> type, SessionConfig config, AuthToken auth) {
        var reads = QueryReads.onThisThread();
        if (reads == null || type != Session.class) {
            return driver.session(type, config, auth);
        }
        return type.cast(new BoundedReadSession(driver.session(Session.class, readOnly(config), auth), reads, inProcess,
                config.database()));
    }

    /**
     * The same session configuration in read mode: Neo4j then refuses any write. It carries what Spring Data
     * Neo4j's client and transaction manager set (database, bookmarks, impersonated user) and the other settings a
     * session can be given.
     */
    private static SessionConfig readOnly(SessionConfig config) {
        var readOnly = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarks(config.bookmarks())
                .withAutoCommitRetriesMode(config.autoCommitRetriesMode());
        config.database().ifPresent(readOnly::withDatabase);
        config.fetchSize().ifPresent(readOnly::withFetchSize);
        config.impersonatedUser().ifPresent(readOnly::withImpersonatedUser);
        config.bookmarkManager().ifPresent(readOnly::withBookmarkManager);
        config.minimumNotificationSeverity().ifPresent(readOnly::withMinimumNotificationSeverity);
        return readOnly.withDisabledNotificationClassifications(config.disabledNotificationClassifications()).build();
    }

    @Override
    public ExecutableQuery executableQuery(String query) {
        return driver.executableQuery(query);
    }

    @Override
    public BookmarkManager executableQueryBookmarkManager() {
        return driver.executableQueryBookmarkManager();
    }

    @Override
    public boolean isEncrypted() {
        return driver.isEncrypted();
    }

    @Override
    public void close() {
        driver.close();
    }

    @Override
    public CompletionStage<Void> closeAsync() {
        return driver.closeAsync();
    }

    @Override
    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }

    @Override
    public CompletionStage<Void> verifyConnectivityAsync() {
        return driver.verifyConnectivityAsync();
    }

    @Override
    public boolean verifyAuthentication(AuthToken auth) {
        return driver.verifyAuthentication(auth);
    }

    @Override
    public boolean supportsSessionAuth() {
        return driver.supportsSessionAuth();
    }

    @Override
    public boolean supportsMultiDb() {
        return driver.supportsMultiDb();
    }

    @Override
    public CompletionStage<Boolean> supportsMultiDbAsync() {
        return driver.supportsMultiDbAsync();
    }
}
