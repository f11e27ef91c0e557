/**
 * Intervisie: structured peer consultation in fixed mixed groups. So far the anonymisation guard that every case text
 * passes before it is stored ({@link nl.leerlijn.intervisie.AnonymityGuard}); groups, meetings, roles and reflections
 * follow.
 */
package nl.leerlijn.intervisie;
