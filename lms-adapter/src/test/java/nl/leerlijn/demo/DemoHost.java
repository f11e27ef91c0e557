package nl.leerlijn.demo;

import java.net.BindException;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.web.Leerlijn;
import nl.leerlijn.web.notification.TemplateMailComposer;
import nl.leerlijn.web.render.Renderer;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo host: an embedded Jetty serving Leerlijn at {@code /leerlijn/*} over an H2 file
 * database, with the sample programme seeded once. Started by {@code ./mvnw -Pdemo}.
 */
public final class DemoHost {
    private static final Logger LOG = LoggerFactory.getLogger(DemoHost.class);

    private final Server server;
    private final JdbcConnectionPool pool;

    private DemoHost(Server server, JdbcConnectionPool pool) {
        this.server = server;
        this.pool = pool;
    }

    public static void main(String[] args) {
        try {
            DemoHost demo = start(DemoConfig.from(System.getenv()));
            LOG.info("Leerlijn demo is running at http://localhost:{}/ (stop with Ctrl+C)", demo.port());
            demo.server.join();
        } catch (DemoConfig.Invalid e) {
            LOG.error(e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the demo; the caller stops it with {@link #stop()}. */
    static DemoHost start(DemoConfig config) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:file:" + config.dataDirectory().resolve("leerlijn") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        DemoMailbox mailbox = new DemoMailbox(pool);
        Leerlijn leerlijn = Leerlijn.builder().dataSource(pool).dataDirectory(config.dataDirectory())
                .hostIdentity(new DemoIdentity()).baseUrl(config.baseUrl()).notifier(mailbox).ltiAllowLocalhost(true).build();
        leerlijn.migrate();
        if (DemoSeed.seedOnce(leerlijn.core(), pool, config.dataDirectory(), mailbox,
                new TemplateMailComposer(leerlijn.renderer(), Optional.of(config.baseUrl()), leerlijn.core().zone()))) {
            LOG.info("Seeded the demo cohort of the sample programme");
        }
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder holder = new ServletHolder("leerlijn", leerlijn.servlet());
        holder.setInitOrder(1);
        holder.getRegistration().setMultipartConfig(leerlijn.multipartConfig());
        context.addServlet(holder, "/leerlijn/*");
        // A learning platform on another site (127.0.0.1 against Leerlijn's localhost) that launches Leerlijn with LTI 1.3.
        DemoPlatform platform = new DemoPlatform();
        context.addServlet(new ServletHolder("demo-lms", platform), "/demo/lms/*");
        Renderer demoPages = new Renderer(List.of(), List.of("nl/leerlijn/demo/templates"));
        context.addServlet(new ServletHolder("demo", new DemoStartServlet(leerlijn.core(), demoPages, mailbox, platform::start)), "/");
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        context.setErrorHandler(errors);
        server.setHandler(context);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (BindException e) {
            pool.dispose();
            throw new DemoConfig.Invalid("Port " + config.port() + " is already in use; choose another with LEERLIJN_PORT.");
        } catch (Exception e) {
            pool.dispose();
            throw new IllegalStateException("The demo server did not start", e);
        }
        platform.register(connector.getLocalPort(), leerlijn.core(), config.baseUrl());
        return new DemoHost(server, pool);
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The demo server did not stop cleanly", e);
        } finally {
            pool.dispose();
        }
    }
}
