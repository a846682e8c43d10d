package app.kneecoach.session;

/**
 * A rep of a set and the leg that does it.
 *
 * @param rep the rep's number on that leg in the set, from 1 (for legs that alternate, every leg counts its own)
 */
public record LegTurn(Side leg, int rep) {
}
