package nl.leerlijn.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Where one kind of a cohort's records stands.
 *
 * @param artefact the kind of record
 * @param period how long it is kept after the cohort ends
 * @param dueOn the first day it goes (empty while the cohort has not ended or has no dated items)
 * @param purge the record that it went, once it did
 */
public record Retention(Artefact artefact, Period period, Optional<LocalDate> dueOn, Optional<Purge> purge) {
}
