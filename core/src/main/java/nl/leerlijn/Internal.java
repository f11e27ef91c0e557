package nl.leerlijn;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a feature's internal API: what other features call by id. It takes no person and checks no permission, because
 * its callers (person-checked use cases) have already asked {@link nl.leerlijn.access.Access}. Not for hosts: they use the
 * services {@link LeerlijnCore} hands out. An architecture test keeps the web layer away from these.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Internal {
}
