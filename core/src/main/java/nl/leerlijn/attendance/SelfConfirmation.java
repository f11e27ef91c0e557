package nl.leerlijn.attendance;

import java.time.Instant;

/**
 * A participant's own confirmation of their presence at a session.
 *
 * @param at when they confirmed
 * @param via how: by typing the code or by scanning the QR code
 */
public record SelfConfirmation(Instant at, Via via) {
    /** How a participant confirmed. */
    public enum Via {
        /** Typed the session code. */
        CODE,
        /** Scanned the QR code, which opens the confirmation with the code filled in. */
        QR
    }
}
