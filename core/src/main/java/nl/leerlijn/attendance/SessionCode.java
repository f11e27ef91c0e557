package nl.leerlijn.attendance;

import java.time.Instant;

/**
 * The code a kerndocent shows during a session; a participant who enters it (or scans its QR code) confirms their own
 * presence.
 *
 * @param code six letters and digits, without look-alikes (no 0/O, 1/I/L)
 * @param openedAt when the kerndocent opened it
 * @param closesAt until when participants can enter it
 */
public record SessionCode(String code, Instant openedAt, Instant closesAt) {
    /**
     * @param now the moment to judge at
     * @return whether participants can enter it at that moment
     */
    public boolean openAt(Instant now) {
        return now.isBefore(closesAt);
    }
}
