package nl.leerlijn.notification;

import java.util.Locale;
import nl.leerlijn.access.UserId;

/**
 * Who a mail goes to.
 *
 * @param user the person
 * @param name their name
 * @param email their address; empty when Leerlijn does not know it (then nothing is mailed)
 * @param language the language they read Leerlijn in
 */
public record Recipient(UserId user, String name, String email, Locale language) {
}
