package nl.leerlijn.intervisie;

/** What the anonymisation guard finds in a case text. */
public enum Identifier {
    /** A burgerservicenummer: nine digits that pass the 11-proef, also written with spaces, dots or dashes. */
    BSN(true),
    /** A Dutch phone number: 06, a landline, +31 or 0031, with or without spaces, dashes or (0). */
    PHONE(true),
    /** An e-mail address. */
    EMAIL(true),
    /** A full postcode (four digits and two letters), which with a house number is an address. */
    POSTCODE(true),
    /** An IBAN that passes the mod-97 check, with or without spaces. */
    IBAN(true),
    /** An exact date of birth: a full date next to "geboren", "geboortedatum" and the like. */
    BIRTH_DATE(true),
    /** What looks like a person's name: initials with a surname, a title with a name, a capitalised word inside a sentence. */
    LIKELY_NAME(false);

    private final boolean refused;

    Identifier(boolean refused) {
        this.refused = refused;
    }

    /** @return whether a text holding it is refused ({@code true}) or only flagged for its author to confirm */
    public boolean refused() {
        return refused;
    }
}
