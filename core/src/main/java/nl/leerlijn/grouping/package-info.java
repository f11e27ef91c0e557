/**
 * Group formation: intervisie groups, praktijk duos and any other small groups a cohort is split into. Pure Java, no
 * database and no language: {@link nl.leerlijn.grouping.GroupFormer} forms groups that keep every hard rule (a
 * leidinggevende never with their own staff, pins, exclusions, sizes, locks) and scores them against bounds that say
 * how good the cohort allows; reasons and violations are structured values the web layer renders in words.
 */
package nl.leerlijn.grouping;
