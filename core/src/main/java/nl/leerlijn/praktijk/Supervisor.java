package nl.leerlijn.praktijk;

/**
 * The werkbegeleider a participant names for a praktijkopdracht: someone at the workplace, without an account.
 *
 * @param name their name
 * @param email where the confirmation link goes
 * @param organisation their organisation
 * @param function their function
 */
public record Supervisor(String name, String email, String organisation, String function) {
}
