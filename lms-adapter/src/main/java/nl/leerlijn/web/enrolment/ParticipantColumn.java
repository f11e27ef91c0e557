package nl.leerlijn.web.enrolment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leerlijn.web.render.Messages;

/**
 * The participant columns of the import and the export: the form field each fills, the header the export writes in the
 * reader's language, and the headers an import recognises (that one in Dutch and English, the field name, and the usual
 * other ways of writing it).
 */
enum ParticipantColumn {
    USER(ParticipantForm.USER, true, "gebruikersnaam", "gebruikers-id", "gebruikersid", "gebruiker", "user id", "login"),
    NAME(ParticipantForm.NAME, true, "naam", "volledige naam", "full name"),
    EMAIL(ParticipantForm.EMAIL, true, "e-mail", "e-mailadres", "emailadres", "email address", "e-mail address"),
    ORGANISATION(ParticipantForm.ORGANISATION, true, "organisatie", "werkgever", "organization", "employer"),
    ORGANISATION_TYPE(ParticipantForm.ORGANISATION_TYPE, true, "soort organisatie", "organisatietype", "type organisatie",
            "organisation type", "organization type"),
    FUNCTION(ParticipantForm.FUNCTION, true, "functie", "job function"),
    OTHER_FUNCTION(ParticipantForm.OTHER_FUNCTION, false, "functie (anders)", "andere functie", "other function"),
    REGISTERPLEIN(ParticipantForm.REGISTERPLEIN, false, "registratienummer registerplein", "registerplein-nummer",
            "registerplein number"),
    SKJ(ParticipantForm.SKJ, false, "registratienummer skj", "skj-nummer", "skj number");

    private final String field;
    private final boolean required;
    private final List<String> aliases;

    ParticipantColumn(String field, boolean required, String... aliases) {
        this.field = field;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** @return the form field the column fills */
    String field() {
        return field;
    }

    /** @return whether an import must have this column */
    boolean required() {
        return required;
    }

    /** @return the header the export writes, in the reader's language */
    String header(Messages messages) {
        return messages.get("column." + field);
    }

    /** @return the column a header names, if it names one of these */
    static Optional<ParticipantColumn> named(String header) {
        String wanted = normalise(header);
        for (ParticipantColumn column : values()) {
            if (normalise(column.field).equals(wanted) || column.aliases.stream().anyMatch(a -> normalise(a).equals(wanted))
                    || Messages.SUPPORTED.stream().anyMatch(l -> normalise(column.header(Messages.of(l))).equals(wanted))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}
