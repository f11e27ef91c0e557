package nl.leerlijn.curriculum;

/**
 * Points a register grants for completing the programme.
 *
 * @param register the register
 * @param points a positive number of points
 */
public record RegisterPoints(Register register, int points) {
    /**
     * Checks the values.
     *
     * @param register the register
     * @param points a positive number of points
     * @throws IllegalArgumentException when the register is missing or the points are not positive
     */
    public RegisterPoints {
        if (register == null || points <= 0) {
            throw new IllegalArgumentException("Register points need a register and a positive number: " + points);
        }
    }
}
