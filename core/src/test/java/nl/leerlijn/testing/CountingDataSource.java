package nl.leerlijn.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts every SQL statement executed through it (execute, executeQuery,
 * executeUpdate, executeBatch), whatever library issues it. For tests that assert a page's query
 * count does not grow with the data.
 */
public final class CountingDataSource {
    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource dataSource;

    public CountingDataSource(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, (Connection) result, this::wrapStatement) : result);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** @return statements executed since the last reset */
    public int count() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    private Object wrapStatement(Method method, Object result) {
        if (result instanceof Statement statement && method.getName().matches("createStatement|prepareStatement|prepareCall")) {
            Class<?> type = method.getReturnType();
            return proxy(type, statement, (m, r) -> {
                if (m.getName().startsWith("execute")) {
                    statements.incrementAndGet();
                }
                return r;
            });
        }
        return result;
    }

    /** What to do with a result after the real call. */
    private interface After {
        Object apply(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
