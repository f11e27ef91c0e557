/**
 * Praktijkopdrachten: duos across disciplines (formed by the group engine, proposed by participants, confirmed by the
 * kerndocent), the duo's shared plan and report (stored as one version per member, so each keeps an individual result),
 * the report's structured outcomes, each member's reflection, and the werkbegeleider's confirmation through a signed,
 * expiring, single-use link.
 */
package nl.leerlijn.praktijk;
