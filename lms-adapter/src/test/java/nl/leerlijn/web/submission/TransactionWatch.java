package nl.leerlijn.web.submission;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import nl.leerlijn.spi.FileStore;
import nl.leerlijn.spi.FileSystemFileStore;
import nl.leerlijn.spi.StoredContent;

/**
 * Watches Leerlijn's database connections and its file store together: each time a stored file is opened (to detect what
 * it is, or to serve it), it notes how many of the connections Leerlijn holds at that moment are inside a transaction
 * (not in auto-commit). For the test that an upload is checked before any transaction opens.
 */
final class TransactionWatch implements FileStore {
    private final Set<Connection> held = ConcurrentHashMap.newKeySet();
    private final List<Integer> transactionsAtOpen = new CopyOnWriteArrayList<>();
    private final FileSystemFileStore files;

    TransactionWatch(Path folder) throws IOException {
        this.files = new FileSystemFileStore(folder);
    }

    /** @return the data source, with every connection it hands out watched until it is closed */
    DataSource watch(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return method.getName().equals("getConnection") ? watched((Connection) result) : result;
                });
    }

    /** @return for each time a file was opened, how many held connections were inside a transaction */
    List<Integer> transactionsAtOpen() {
        return List.copyOf(transactionsAtOpen);
    }

    private Connection watched(Connection connection) {
        Connection watched = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        held.remove(connection);
                    }
                    return invoke(connection, method, args);
                });
        held.add(connection);
        return watched;
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public StoredContent put(InputStream content, long maxBytes) throws IOException {
        return files.put(content, maxBytes);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        int inTransaction = 0;
        for (Connection connection : held) {
            try {
                inTransaction += connection.getAutoCommit() ? 0 : 1;
            } catch (SQLException e) {
                throw new IOException("Could not ask a connection whether it is in a transaction", e);
            }
        }
        transactionsAtOpen.add(inTransaction);
        return files.open(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return files.contains(sha256);
    }

    @Override
    public void delete(String sha256) throws IOException {
        files.delete(sha256);
    }
}
