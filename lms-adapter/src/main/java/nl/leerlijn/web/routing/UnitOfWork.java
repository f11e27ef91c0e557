package nl.leerlijn.web.routing;

import java.util.function.Supplier;

/** Runs one request's work: in one transaction (see {@code LeerlijnCore.inUnitOfWork}) or, for streaming routes, without. */
public interface UnitOfWork {
    /**
     * @param work the handler's work
     * @return what {@code work} returns, run in one transaction
     */
    WebResult inTransaction(Supplier<WebResult> work);

    /**
     * @param work the handler's work
     * @return what {@code work} returns, run without a transaction around it (its use cases open their own)
     */
    WebResult withoutTransaction(Supplier<WebResult> work);
}
