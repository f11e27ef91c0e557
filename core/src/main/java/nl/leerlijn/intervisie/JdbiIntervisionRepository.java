package nl.leerlijn.intervisie;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItem;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Intervisie rounds, groups, rules, meetings, cases, presence and reflections in the {@code ll_intervision_*} tables. */
final class JdbiIntervisionRepository {
    private final Jdbi jdbi;

    JdbiIntervisionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A meeting row before the cohort's schedule gives it a time and place. */
    record MeetingRow(MeetingId id, GroupId group, int groupNumber, ActivityKey activity, Optional<Instant> startsAt,
            Optional<String> location, MeetingRoles roles, Optional<String> notes, Optional<Instant> notesAt, int revision) {
        Meeting on(CohortId cohort, ScheduleItem item) {
            Instant start = startsAt.orElse(item.at());
            Instant end = start.plus(java.time.Duration.between(item.at(), item.endsAt().orElse(item.at())));
            return new Meeting(id, group, groupNumber, cohort, activity, item.title(), start, end, item.format(),
                    location.or(item::location), startsAt.isPresent(), location.isPresent(), roles, notes, notesAt, revision);
        }
    }

    // ---- rounds and groups

    /** @return every round of the cohort with its groups, oldest first (two statements) */
    List<GroupRound> rounds(CohortId cohort) {
        return jdbi.withHandle(h -> {
            Map<Long, List<IntervisionGroup>> groups = new LinkedHashMap<>();
            Map<Long, Map<Long, List<GroupMember>>> members = new LinkedHashMap<>();
            Map<Long, Object[]> groupInfo = new LinkedHashMap<>();
            h.createQuery("""
                    SELECT g.round_id, g.id, g.group_number, g.locked, m.participant_id, m.locked AS member_locked
                    FROM ll_intervision_group g
                    JOIN ll_intervision_round r ON r.id = g.round_id
                    LEFT JOIN ll_intervision_member m ON m.group_id = g.id
                    WHERE r.cohort_id = :cohort
                    ORDER BY g.round_id, g.group_number, m.participant_id
                    """).bind("cohort", cohort.value()).map((rs, ctx) -> {
                        long round = rs.getLong("round_id");
                        long group = rs.getLong("id");
                        groupInfo.putIfAbsent(group, new Object[] {round, rs.getInt("group_number"), rs.getBoolean("locked")});
                        List<GroupMember> list = members.computeIfAbsent(round, k -> new LinkedHashMap<>())
                                .computeIfAbsent(group, k -> new ArrayList<>());
                        long participant = rs.getLong("participant_id");
                        if (!rs.wasNull()) {
                            list.add(new GroupMember(new ParticipantId(participant), rs.getBoolean("member_locked")));
                        }
                        return group;
                    }).list();
            groupInfo.forEach((group, info) -> groups.computeIfAbsent((Long) info[0], k -> new ArrayList<>())
                    .add(new IntervisionGroup(new GroupId(group), (Integer) info[1], (Boolean) info[2],
                            members.get((Long) info[0]).get(group))));
            return h.createQuery("""
                    SELECT id, round_number, seed, revision, formed_at, published_at FROM ll_intervision_round
                    WHERE cohort_id = :cohort ORDER BY round_number
                    """).bind("cohort", cohort.value())
                    .map((rs, ctx) -> new GroupRound(rs.getLong("id"), cohort, rs.getInt("round_number"), rs.getLong("seed"),
                            rs.getInt("revision"), instant(rs, "formed_at"), optionalInstant(rs, "published_at"),
                            groups.getOrDefault(rs.getLong("id"), List.of())))
                    .list();
        });
    }

    long insertRound(CohortId cohort, int number, long seed, UserId by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_intervision_round (cohort_id, round_number, seed, revision, formed_at, formed_by)
                VALUES (:cohort, :number, :seed, 1, :at, :by)
                """).bind("cohort", cohort.value()).bind("number", number).bind("seed", seed).bind("at", utc(at))
                .bind("by", by.value()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** @return whether the round still had the expected revision (and now has the next) */
    boolean touchRound(long round, int expectedRevision) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_intervision_round SET revision = revision + 1 WHERE id = :id AND revision = :revision
                """).bind("id", round).bind("revision", expectedRevision).execute()) == 1;
    }

    void reformed(long round, long seed, Instant at, UserId by) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_intervision_round SET seed = :seed, formed_at = :at, formed_by = :by WHERE id = :id")
                .bind("seed", seed).bind("at", utc(at)).bind("by", by.value()).bind("id", round).execute());
    }

    void publish(long round, Instant at, UserId by) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_intervision_round SET published_at = :at, published_by = :by WHERE id = :id")
                .bind("at", utc(at)).bind("by", by.value()).bind("id", round).execute());
    }

    /**
     * Replaces the round's groups (numbers 1..n) and members. Groups that keep their number keep their id, so meetings
     * of a published round stay attached.
     */
    void saveGroups(long round, List<List<GroupMember>> groups, List<Boolean> lockedGroups) {
        jdbi.useHandle(h -> {
            Map<Integer, Long> existing = new LinkedHashMap<>();
            h.createQuery("SELECT id, group_number FROM ll_intervision_group WHERE round_id = :round").bind("round", round)
                    .map((rs, ctx) -> existing.put(rs.getInt("group_number"), rs.getLong("id"))).list();
            h.createUpdate("DELETE FROM ll_intervision_member WHERE group_id IN (SELECT id FROM ll_intervision_group WHERE round_id = :round)")
                    .bind("round", round).execute();
            PreparedBatch members = h.prepareBatch("INSERT INTO ll_intervision_member (group_id, participant_id, locked) VALUES (:group, :participant, :locked)");
            for (int i = 0; i < groups.size(); i++) {
                int number = i + 1;
                Long id = existing.remove(number);
                if (id == null) {
                    id = h.createUpdate("INSERT INTO ll_intervision_group (round_id, group_number, locked) VALUES (:round, :number, :locked)")
                            .bind("round", round).bind("number", number).bind("locked", lockedGroups.get(i))
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                } else {
                    h.createUpdate("UPDATE ll_intervision_group SET locked = :locked WHERE id = :id").bind("locked", lockedGroups.get(i))
                            .bind("id", id).execute();
                }
                for (GroupMember member : groups.get(i)) {
                    members.bind("group", id).bind("participant", member.participant().value()).bind("locked", member.locked()).add();
                }
            }
            if (members.size() > 0) {
                members.execute();
            }
            for (Long unused : existing.values()) {
                h.createUpdate("DELETE FROM ll_intervision_group WHERE id = :id").bind("id", unused).execute();
            }
        });
    }

    // ---- rules

    List<GroupRule> rules(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT first_participant_id, second_participant_id, kind FROM ll_intervision_rule WHERE cohort_id = :cohort
                ORDER BY created_at, first_participant_id, second_participant_id
                """).bind("cohort", cohort.value())
                .map((rs, ctx) -> new GroupRule(new ParticipantId(rs.getLong(1)), new ParticipantId(rs.getLong(2)),
                        RuleKind.valueOf(rs.getString(3)))).list());
    }

    void saveRule(CohortId cohort, GroupRule rule, UserId by, Instant at) {
        jdbi.useHandle(h -> {
            deleteRule(h, cohort, rule);
            h.createUpdate("""
                    INSERT INTO ll_intervision_rule (cohort_id, first_participant_id, second_participant_id, kind, created_by, created_at)
                    VALUES (:cohort, :first, :second, :kind, :by, :at)
                    """).bind("cohort", cohort.value()).bind("first", rule.first().value()).bind("second", rule.second().value())
                    .bind("kind", rule.kind().name()).bind("by", by.value()).bind("at", utc(at)).execute();
        });
    }

    void removeRule(CohortId cohort, GroupRule rule) {
        jdbi.useHandle(h -> deleteRule(h, cohort, rule));
    }

    private static void deleteRule(Handle h, CohortId cohort, GroupRule rule) {
        h.createUpdate("""
                DELETE FROM ll_intervision_rule WHERE cohort_id = :cohort AND first_participant_id = :first AND second_participant_id = :second
                """).bind("cohort", cohort.value()).bind("first", rule.first().value()).bind("second", rule.second().value()).execute();
    }

    // ---- meetings

    private static final String MEETING = """
            SELECT m.id, m.group_id, g.group_number, m.activity_key, m.starts_at, m.location, m.inbrenger_id, m.chair_id,
                   m.notetaker_id, m.notes, m.notes_at, m.revision
            FROM ll_intervision_meeting m JOIN ll_intervision_group g ON g.id = m.group_id
            """;

    void insertMeeting(GroupId group, ActivityKey activity, MeetingRoles roles) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_intervision_meeting (group_id, activity_key, inbrenger_id, chair_id, notetaker_id, revision)
                VALUES (:group, :activity, :inbrenger, :chair, :notetaker, 1)
                """).bind("group", group.value()).bind("activity", activity.value())
                .bind("inbrenger", roles.inbrenger().map(ParticipantId::value).orElse(null))
                .bind("chair", roles.chair().map(ParticipantId::value).orElse(null))
                .bind("notetaker", roles.notetaker().map(ParticipantId::value).orElse(null)).execute());
    }

    /** @return the meetings of every group of the round, by group number and activity */
    List<MeetingRow> meetingsOfRound(long round) {
        return jdbi.withHandle(h -> h.createQuery(MEETING + " WHERE g.round_id = :round ORDER BY g.group_number, m.id")
                .bind("round", round).map((rs, ctx) -> meeting(rs)).list());
    }

    List<MeetingRow> meetingsOfGroup(GroupId group) {
        return jdbi.withHandle(h -> h.createQuery(MEETING + " WHERE m.group_id = :group ORDER BY m.id")
                .bind("group", group.value()).map((rs, ctx) -> meeting(rs)).list());
    }

    /** A meeting with the cohort and round it belongs to. */
    record Located(MeetingRow meeting, CohortId cohort, long round) {
    }

    Optional<Located> meeting(MeetingId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT m.id, m.group_id, g.group_number, m.activity_key, m.starts_at, m.location, m.inbrenger_id, m.chair_id,
                       m.notetaker_id, m.notes, m.notes_at, m.revision, r.cohort_id, r.id AS round_id
                FROM ll_intervision_meeting m JOIN ll_intervision_group g ON g.id = m.group_id
                JOIN ll_intervision_round r ON r.id = g.round_id WHERE m.id = :id
                """).bind("id", id.value())
                .map((rs, ctx) -> new Located(meeting(rs), new CohortId(rs.getLong("cohort_id")), rs.getLong("round_id"))).findOne());
    }

    /** @return whether the meeting still had the expected revision */
    boolean saveRoles(MeetingId id, MeetingRoles roles, int expectedRevision) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_intervision_meeting SET inbrenger_id = :inbrenger, chair_id = :chair, notetaker_id = :notetaker,
                    revision = revision + 1 WHERE id = :id AND revision = :revision
                """).bind("inbrenger", roles.inbrenger().map(ParticipantId::value).orElse(null))
                .bind("chair", roles.chair().map(ParticipantId::value).orElse(null))
                .bind("notetaker", roles.notetaker().map(ParticipantId::value).orElse(null))
                .bind("id", id.value()).bind("revision", expectedRevision).execute()) == 1;
    }

    boolean saveNotes(MeetingId id, String notes, Instant at, int expectedRevision) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_intervision_meeting SET notes = :notes, notes_at = :at, revision = revision + 1
                WHERE id = :id AND revision = :revision
                """).bind("notes", notes).bind("at", utc(at)).bind("id", id.value()).bind("revision", expectedRevision).execute()) == 1;
    }

    boolean saveTimeAndPlace(MeetingId id, Optional<Instant> startsAt, Optional<String> location, int expectedRevision) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_intervision_meeting SET starts_at = :starts, location = :location, revision = revision + 1
                WHERE id = :id AND revision = :revision
                """).bindByType("starts", startsAt.map(nl.leerlijn.database.Columns::utc).orElse(null), OffsetDateTime.class)
                .bind("location", location.orElse(null)).bind("id", id.value()).bind("revision", expectedRevision).execute()) == 1;
    }

    /** Removes meetings of the round's groups for these activities when nothing happened in them yet. */
    void removeUnusedMeetings(long round, List<ActivityKey> activities) {
        if (activities.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("""
                DELETE FROM ll_intervision_meeting WHERE activity_key IN (<activities>)
                  AND group_id IN (SELECT id FROM ll_intervision_group WHERE round_id = :round)
                  AND notes IS NULL
                  AND NOT EXISTS (SELECT 1 FROM ll_intervision_case c WHERE c.meeting_id = ll_intervision_meeting.id)
                  AND NOT EXISTS (SELECT 1 FROM ll_intervision_presence p WHERE p.meeting_id = ll_intervision_meeting.id)
                  AND NOT EXISTS (SELECT 1 FROM ll_intervision_reflection f WHERE f.meeting_id = ll_intervision_meeting.id)
                  AND NOT EXISTS (SELECT 1 FROM ll_intervision_swap s WHERE s.from_meeting_id = ll_intervision_meeting.id
                                  OR s.to_meeting_id = ll_intervision_meeting.id)
                """).bind("round", round).bindList("activities", activities.stream().map(ActivityKey::value).toList()).execute());
    }

    private static MeetingRow meeting(ResultSet rs) throws SQLException {
        return new MeetingRow(new MeetingId(rs.getLong("id")), new GroupId(rs.getLong("group_id")), rs.getInt("group_number"),
                new ActivityKey(rs.getString("activity_key")), optionalInstant(rs, "starts_at"), optionalText(rs, "location"),
                new MeetingRoles(participant(rs, "inbrenger_id"), participant(rs, "chair_id"), participant(rs, "notetaker_id")),
                optionalText(rs, "notes"), optionalInstant(rs, "notes_at"), rs.getInt("revision"));
    }

    private static Optional<ParticipantId> participant(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(new ParticipantId(id));
    }

    // ---- cases

    Optional<IntervisionCase> caseOf(MeetingId meeting) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT meeting_id, author_id, question, life_domains, tried, group_question, written_at, updated_at, removed_at
                FROM ll_intervision_case WHERE meeting_id = :meeting
                """).bind("meeting", meeting.value()).map((rs, ctx) -> intervisionCase(rs)).findOne());
    }

    /** @return the cases of the meetings of one group (the texts only where not removed) */
    Map<MeetingId, IntervisionCase> casesOfGroup(GroupId group) {
        Map<MeetingId, IntervisionCase> cases = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT c.meeting_id, c.author_id, c.question, c.life_domains, c.tried, c.group_question, c.written_at,
                       c.updated_at, c.removed_at
                FROM ll_intervision_case c JOIN ll_intervision_meeting m ON m.id = c.meeting_id WHERE m.group_id = :group
                """).bind("group", group.value()).map((rs, ctx) -> intervisionCase(rs)).forEach(c -> cases.put(c.meeting(), c)));
        return cases;
    }

    void saveCase(MeetingId meeting, ParticipantId author, CaseText text, Instant at) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("""
                    UPDATE ll_intervision_case SET author_id = :author, question = :question, life_domains = :life, tried = :tried,
                        group_question = :group, updated_at = :at, removed_at = NULL, removed_because = NULL
                    WHERE meeting_id = :meeting
                    """).bind("author", author.value()).bind("question", text.question()).bind("life", text.lifeDomains())
                    .bind("tried", text.tried()).bind("group", text.groupQuestion()).bind("at", utc(at))
                    .bind("meeting", meeting.value()).execute();
            if (updated == 0) {
                h.createUpdate("""
                        INSERT INTO ll_intervision_case (meeting_id, author_id, question, life_domains, tried, group_question,
                            written_at, updated_at) VALUES (:meeting, :author, :question, :life, :tried, :group, :at, :at)
                        """).bind("author", author.value()).bind("question", text.question()).bind("life", text.lifeDomains())
                        .bind("tried", text.tried()).bind("group", text.groupQuestion()).bind("at", utc(at))
                        .bind("meeting", meeting.value()).execute();
            }
        });
    }

    /** A case whose text is still there, with what decides when it expires. */
    record Kept(MeetingId meeting, CohortId cohort, ActivityKey activity, Optional<Instant> ownStart) {
    }

    List<Kept> keptCases() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT c.meeting_id, r.cohort_id, m.activity_key, m.starts_at
                FROM ll_intervision_case c JOIN ll_intervision_meeting m ON m.id = c.meeting_id
                JOIN ll_intervision_group g ON g.id = m.group_id JOIN ll_intervision_round r ON r.id = g.round_id
                WHERE c.removed_at IS NULL ORDER BY r.cohort_id, c.meeting_id
                """).map((rs, ctx) -> new Kept(new MeetingId(rs.getLong(1)), new CohortId(rs.getLong(2)), new ActivityKey(rs.getString(3)),
                        optionalInstant(rs, "starts_at"))).list());
    }

    /** Deletes the case's texts and the meeting's notes, keeping the record that the case existed. */
    boolean removeCase(MeetingId meeting, Instant at, String because) {
        return jdbi.withHandle(h -> {
            int removed = h.createUpdate("""
                    UPDATE ll_intervision_case SET question = NULL, life_domains = NULL, tried = NULL, group_question = NULL,
                        removed_at = :at, removed_because = :because WHERE meeting_id = :meeting AND removed_at IS NULL
                    """).bind("at", utc(at)).bind("because", because).bind("meeting", meeting.value()).execute();
            h.createUpdate("UPDATE ll_intervision_meeting SET notes = NULL, revision = revision + 1 WHERE id = :meeting AND notes IS NOT NULL")
                    .bind("meeting", meeting.value()).execute();
            return removed == 1;
        });
    }

    private static IntervisionCase intervisionCase(ResultSet rs) throws SQLException {
        Optional<Instant> removed = optionalInstant(rs, "removed_at");
        Optional<CaseText> text = removed.isPresent() ? Optional.empty() : Optional.of(new CaseText(rs.getString("question"),
                rs.getString("life_domains"), rs.getString("tried"), rs.getString("group_question")));
        return new IntervisionCase(new MeetingId(rs.getLong("meeting_id")), new ParticipantId(rs.getLong("author_id")), text,
                instant(rs, "written_at"), instant(rs, "updated_at"), removed);
    }

    // ---- presence

    Map<ParticipantId, Instant> presence(MeetingId meeting) {
        Map<ParticipantId, Instant> presence = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT participant_id, confirmed_at FROM ll_intervision_presence WHERE meeting_id = :meeting")
                .bind("meeting", meeting.value())
                .map((rs, ctx) -> presence.put(new ParticipantId(rs.getLong(1)), instant(rs, "confirmed_at"))).list());
        return presence;
    }

    void confirmPresence(MeetingId meeting, ParticipantId participant, Instant at) {
        jdbi.useHandle(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM ll_intervision_presence WHERE meeting_id = :meeting AND participant_id = :p")
                    .bind("meeting", meeting.value()).bind("p", participant.value()).mapTo(Integer.class).one() > 0;
            if (!known) {
                h.createUpdate("INSERT INTO ll_intervision_presence (meeting_id, participant_id, confirmed_at) VALUES (:meeting, :p, :at)")
                        .bind("meeting", meeting.value()).bind("p", participant.value()).bind("at", utc(at)).execute();
            }
        });
    }

    // ---- reflections

    List<Reflection> reflections(MeetingId meeting) {
        return jdbi.withHandle(h -> h.createQuery(REFLECTION + " WHERE meeting_id = :meeting ORDER BY written_at")
                .bind("meeting", meeting.value()).map((rs, ctx) -> reflection(rs)).list());
    }

    /** @return the reflections written by these participants, for progress */
    List<Reflection> reflectionsOf(List<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(REFLECTION + " WHERE participant_id IN (<ids>)")
                .bindList("ids", participants.stream().map(ParticipantId::value).toList()).map((rs, ctx) -> reflection(rs)).list());
    }

    private static final String REFLECTION = """
            SELECT meeting_id, participant_id, reflection, written_at, updated_at, answer, answered_name, answered_at
            FROM ll_intervision_reflection
            """;

    void saveReflection(MeetingId meeting, ParticipantId author, String text, Instant at) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("""
                    UPDATE ll_intervision_reflection SET reflection = :text, updated_at = :at WHERE meeting_id = :meeting AND participant_id = :p
                    """).bind("text", text).bind("at", utc(at)).bind("meeting", meeting.value()).bind("p", author.value()).execute();
            if (updated == 0) {
                h.createUpdate("""
                        INSERT INTO ll_intervision_reflection (meeting_id, participant_id, reflection, written_at, updated_at)
                        VALUES (:meeting, :p, :text, :at, :at)
                        """).bind("text", text).bind("at", utc(at)).bind("meeting", meeting.value()).bind("p", author.value()).execute();
            }
        });
    }

    boolean answer(MeetingId meeting, ParticipantId author, String answer, UserId by, String name, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_intervision_reflection SET answer = :answer, answered_by = :by, answered_name = :name, answered_at = :at
                WHERE meeting_id = :meeting AND participant_id = :p
                """).bind("answer", answer).bind("by", by.value()).bind("name", name).bind("at", utc(at))
                .bind("meeting", meeting.value()).bind("p", author.value()).execute()) == 1;
    }

    private static Reflection reflection(ResultSet rs) throws SQLException {
        return new Reflection(new MeetingId(rs.getLong("meeting_id")), new ParticipantId(rs.getLong("participant_id")),
                rs.getString("reflection"), instant(rs, "written_at"), instant(rs, "updated_at"), optionalText(rs, "answer"),
                optionalText(rs, "answered_name"), optionalInstant(rs, "answered_at"));
    }

    // ---- swaps

    long insertSwap(MeetingId mine, MeetingId theirs, ParticipantId by, ParticipantId of, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_intervision_swap (from_meeting_id, to_meeting_id, asked_by, asked_of, asked_at, state)
                VALUES (:mine, :theirs, :by, :of, :at, 'ASKED')
                """).bind("mine", mine.value()).bind("theirs", theirs.value()).bind("by", by.value()).bind("of", of.value())
                .bind("at", utc(at)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** @return the open requests about the meetings of one group, oldest first */
    List<SwapRequest> openSwaps(GroupId group) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.id, s.from_meeting_id, s.to_meeting_id, s.asked_by, s.asked_of, s.asked_at, s.state FROM ll_intervision_swap s
                JOIN ll_intervision_meeting m ON m.id = s.from_meeting_id WHERE m.group_id = :group AND s.state = 'ASKED' ORDER BY s.id
                """).bind("group", group.value()).map((rs, ctx) -> swap(rs)).list());
    }

    Optional<SwapRequest> swap(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, from_meeting_id, to_meeting_id, asked_by, asked_of, asked_at, state FROM ll_intervision_swap WHERE id = :id
                """).bind("id", id).map((rs, ctx) -> swap(rs)).findOne());
    }

    /** @return whether the request was still open */
    boolean decideSwap(long id, boolean accepted, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_intervision_swap SET state = :state, decided_at = :at WHERE id = :id AND state = 'ASKED'
                """).bind("state", accepted ? "ACCEPTED" : "DECLINED").bind("at", utc(at)).bind("id", id).execute()) == 1;
    }

    private static SwapRequest swap(ResultSet rs) throws SQLException {
        return new SwapRequest(rs.getLong("id"), new MeetingId(rs.getLong("from_meeting_id")), new MeetingId(rs.getLong("to_meeting_id")),
                new ParticipantId(rs.getLong("asked_by")), new ParticipantId(rs.getLong("asked_of")), instant(rs, "asked_at"),
                rs.getString("state").equals("ASKED"));
    }
}
