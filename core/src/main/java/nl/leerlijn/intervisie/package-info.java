/**
 * Intervisie: structured peer consultation in fixed mixed groups. So far the anonymisation guard that every case text
 * passes before it is stored ({@link nl.leerlijn.intervisie.AnonymityGuard}) and the planner that rotates the roles of
 * inbrenger, gespreksleider and notulist through a group's meetings ({@link nl.leerlijn.intervisie.RotationPlanner});
 * groups, meetings and reflections follow.
 */
package nl.leerlijn.intervisie;
