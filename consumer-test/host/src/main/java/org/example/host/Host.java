package org.example.host;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import nl.leerlijn.access.Role;
import nl.leerlijn.notification.Notifier;
import nl.leerlijn.web.Leerlijn;
import nl.leerlijn.web.security.HostUser;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.flywaydb.core.Flyway;

/** A small host: its own users and migrations, Leerlijn mounted at /leerlijn/* as the README says. */
public final class Host implements AutoCloseable {
    /** Which runs first on start-up: Leerlijn's migrate() or the host's own Flyway. NONE forgets Leerlijn's. */
    public enum Order { LEERLIJN_FIRST, HOST_FIRST, LEERLIJN_FORGOTTEN }

    private final Server server;
    private final Leerlijn leerlijn;

    private Host(Server server, Leerlijn leerlijn) {
        this.server = server;
        this.leerlijn = leerlijn;
    }

    public static Host start(DataSource dataSource, Order order) throws Exception {
        return start(dataSource, order, Notifier.log());
    }

    /** @param notifier how Leerlijn's mails leave the host, e.g. through its mail server as the README shows */
    public static Host start(DataSource dataSource, Order order, Notifier notifier) throws Exception {
        Flyway hostFlyway = Flyway.configure().dataSource(dataSource)
                .baselineOnMigrate(true).baselineVersion("0")   // the schema may already hold Leerlijn's tables
                .load();
        Path data = Files.createTempDirectory("leerlijn-host");
        Leerlijn leerlijn = Leerlijn.builder()
                .dataSource(dataSource)
                .hostIdentity(request -> signedIn(dataSource, request))
                .dataDirectory(data)
                .baseUrl(URI.create("https://lms.example.org/leerlijn"))
                .notifier(notifier)
                .build();
        switch (order) {
            case LEERLIJN_FIRST -> {
                leerlijn.migrate();
                hostFlyway.migrate();
            }
            case HOST_FIRST -> {
                hostFlyway.migrate();
                leerlijn.migrate();
            }
            case LEERLIJN_FORGOTTEN -> hostFlyway.migrate();
        }

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder holder = new ServletHolder("leerlijn", leerlijn.servlet());
        holder.getRegistration().setMultipartConfig(leerlijn.multipartConfig());
        holder.setInitOrder(1);
        context.addServlet(holder, "/leerlijn/*");
        server.setHandler(context);
        server.start();
        return new Host(server, leerlijn);
    }

    /** The host's own sign-in, reduced to a header naming a row of its users table; its role names map onto Leerlijn's. */
    private static Optional<HostUser> signedIn(DataSource dataSource, HttpServletRequest request) {
        String id = request.getHeader("X-Host-User");
        if (id == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT name, role FROM host_users WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Role role = switch (rs.getString("role")) {
                    case "teacher" -> Role.CORE_TEACHER;
                    default -> Role.STUDENT;
                };
                return Optional.of(HostUser.of(id, rs.getString("name"), role));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The host's users table could not be read", e);
        }
    }

    public Leerlijn leerlijn() {
        return leerlijn;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
