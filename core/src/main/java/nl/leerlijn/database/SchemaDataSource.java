package nl.leerlijn.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The host's data source with every borrowed connection switched to Leerlijn's schema, and switched back to the
 * schema it came in before it is given back, so that a pooled connection reaches the host as the host left it.
 */
final class SchemaDataSource implements DataSource {
    private final DataSource host;
    private final String schema;

    SchemaDataSource(DataSource host, String schema) {
        this.host = host;
        this.schema = schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return inSchema(host.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return inSchema(host.getConnection(username, password));
    }

    private Connection inSchema(Connection connection) throws SQLException {
        String original;
        try {
            original = connection.getSchema();
            connection.setSchema(schema);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        InvocationHandler handler = new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    if (!closed) {
                        closed = true;
                        try {
                            if (!connection.isClosed() && original != null) {
                                connection.setSchema(original);
                            }
                        } finally {
                            connection.close();
                        }
                    }
                    return null;
                }
                if (method.getName().equals("unwrap") && args != null && args.length == 1 && ((Class<?>) args[0]).isInstance(proxy)) {
                    return proxy;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(SchemaDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return host.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        host.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        host.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return host.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return host.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : host.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || host.isWrapperFor(type);
    }
}
