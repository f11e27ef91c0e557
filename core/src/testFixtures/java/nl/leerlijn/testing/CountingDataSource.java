package nl.leerlijn.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts every SQL statement executed through it (execute, executeQuery,
 * executeUpdate, executeBatch; a batch is one), whatever library issues it, and remembers their SQL.
 * For tests that assert a page's query count does not grow with the data.
 */
public final class CountingDataSource {
    private final List<String> executed = new CopyOnWriteArrayList<>();
    private final DataSource dataSource;

    public CountingDataSource(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, args, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, (Connection) result, this::wrapStatement) : result);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** @return statements executed since the last reset */
    public int count() {
        return executed.size();
    }

    /** @return the SQL of the statements executed since the last reset, in order, each on one line */
    public List<String> statements() {
        return List.copyOf(executed);
    }

    public void reset() {
        executed.clear();
    }

    private Object wrapStatement(Method method, Object[] args, Object result) {
        if (result instanceof Statement statement && method.getName().matches("createStatement|prepareStatement|prepareCall")) {
            String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : "";
            return proxy(method.getReturnType(), statement, (m, a, r) -> {
                if (m.getName().startsWith("execute")) {
                    String sql = a != null && a.length > 0 && a[0] instanceof String text ? text : prepared;
                    executed.add(sql.replaceAll("\\s+", " ").strip());
                }
                return r;
            });
        }
        return result;
    }

    /** What to do with a result after the real call. */
    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
