package nl.leerlijn.web.routing;

import java.util.function.Supplier;

/** Runs one request's work in one transaction (see {@code LeerlijnCore.inUnitOfWork}). */
@FunctionalInterface
public interface UnitOfWork {
    /** @return what {@code work} returns */
    WebResult run(Supplier<WebResult> work);
}
