package nl.leerlijn.demo;

import static nl.leerlijn.enrolment.JobFunction.BELEIDSMEDEWERKER;
import static nl.leerlijn.enrolment.JobFunction.JEUGDCONSULENT;
import static nl.leerlijn.enrolment.JobFunction.KLANTMANAGER;
import static nl.leerlijn.enrolment.JobFunction.OTHER;
import static nl.leerlijn.enrolment.JobFunction.PARTICIPATIECONSULENT;
import static nl.leerlijn.enrolment.JobFunction.SCHULDHULPVERLENER;
import static nl.leerlijn.enrolment.JobFunction.TEAMLEIDER_WIJKZORG;
import static nl.leerlijn.enrolment.JobFunction.WIJKCOACH;
import static nl.leerlijn.enrolment.JobFunction.WMO_CONSULENT;
import static nl.leerlijn.enrolment.OrganisationType.GEMEENTE;
import static nl.leerlijn.enrolment.OrganisationType.WELZIJNSORGANISATIE;
import static nl.leerlijn.enrolment.OrganisationType.ZORGORGANISATIE;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;

/** The people of the demo programme: two kerndocenten, a tweede beoordelaar, an examencommissie member and fourteen participants. */
final class DemoPeople {
    static final DemoPerson KERNDOCENT = DemoPerson.staff("docent-marieke", "Marieke de Vries", Role.CORE_TEACHER);
    static final DemoPerson KERNDOCENT_2 = DemoPerson.staff("docent-youssef", "Youssef El Amrani", Role.CORE_TEACHER);
    static final DemoPerson TWEEDE_BEOORDELAAR = DemoPerson.staff("beoordelaar-henk", "Henk Bosman", Role.SECOND_ASSESSOR);
    static final DemoPerson EXAMENCOMMISSIE = DemoPerson.staff("examen-ellen", "Ellen Brouwer", Role.EXAM_COMMITTEE);

    static final List<DemoPerson> STUDENTS = List.of(
            DemoPerson.student("student-sanne", "Sanne Jansen", "Gemeente Utrecht", GEMEENTE, KLANTMANAGER),
            DemoPerson.student("student-ahmed", "Ahmed Bouzid", "Gemeente Utrecht", GEMEENTE, PARTICIPATIECONSULENT),
            DemoPerson.student("student-lotte", "Lotte van Dijk", "Gemeente Amersfoort", GEMEENTE, WMO_CONSULENT),
            DemoPerson.student("student-joris", "Joris Smit", "Gemeente Amersfoort", GEMEENTE, KLANTMANAGER),
            DemoPerson.student("student-fatima", "Fatima Ouali", "Gemeente Nieuwegein", GEMEENTE, SCHULDHULPVERLENER),
            DemoPerson.student("student-kees", "Kees Verhoeven", "Gemeente Zeist", GEMEENTE, JEUGDCONSULENT),
            DemoPerson.student("student-ingrid", "Ingrid Mulder", "Gemeente Zeist", GEMEENTE, TEAMLEIDER_WIJKZORG),
            DemoPerson.student("student-priya", "Priya Ramdin", "Gemeente Zeist", GEMEENTE, WMO_CONSULENT)
                    .reportingTo("student-ingrid"),
            DemoPerson.student("student-thomas", "Thomas de Graaf", "Zorggroep De Bilt", ZORGORGANISATIE, WIJKCOACH),
            DemoPerson.student("student-esra", "Esra Yilmaz", "Zorggroep De Bilt", ZORGORGANISATIE, WMO_CONSULENT),
            DemoPerson.student("student-martijn", "Martijn Hoekstra", "Lister", ZORGORGANISATIE, PARTICIPATIECONSULENT),
            DemoPerson.student("student-noor", "Noor Visser", "Lister", ZORGORGANISATIE, JEUGDCONSULENT),
            DemoPerson.student("student-daan", "Daan Koster", "Welzijn Houten", WELZIJNSORGANISATIE, OTHER).inOwnWords("opbouwwerker"),
            DemoPerson.student("student-merel", "Merel Bakker", "Gemeente Houten", GEMEENTE, BELEIDSMEDEWERKER));

    /** Enrolled in the cohort that starts next month: fourteen, whose intervisie groups are still to be formed. */
    static final List<DemoPerson> NEXT_COHORT = List.of(
            DemoPerson.student("student-wouter", "Wouter Hendriks", "Gemeente Amersfoort", GEMEENTE, KLANTMANAGER),
            DemoPerson.student("student-yasmina", "Yasmina El Idrissi", "Indebuurt033", WELZIJNSORGANISATIE, WIJKCOACH),
            DemoPerson.student("student-bram", "Bram de Wit", "Gemeente Leusden", GEMEENTE, BELEIDSMEDEWERKER),
            DemoPerson.student("student-hanneke", "Hanneke Kok", "Gemeente Amersfoort", GEMEENTE, TEAMLEIDER_WIJKZORG),
            DemoPerson.student("student-anouk", "Anouk Peters", "Gemeente Amersfoort", GEMEENTE, WMO_CONSULENT)
                    .reportingTo("student-hanneke"),
            DemoPerson.student("student-mohamed", "Mohamed Amrani", "Gemeente Amersfoort", GEMEENTE, PARTICIPATIECONSULENT),
            DemoPerson.student("student-lisa", "Lisa de Boer", "Gemeente Leusden", GEMEENTE, JEUGDCONSULENT),
            DemoPerson.student("student-rik", "Rik van Leeuwen", "Gemeente Soest", GEMEENTE, KLANTMANAGER),
            DemoPerson.student("student-sara", "Sara Hofman", "Gemeente Soest", GEMEENTE, SCHULDHULPVERLENER),
            DemoPerson.student("student-jeroen", "Jeroen Postma", "Lariks", WELZIJNSORGANISATIE, WIJKCOACH),
            DemoPerson.student("student-ilse", "Ilse Vermeulen", "GGZ Centraal", ZORGORGANISATIE, OTHER).inOwnWords("ambulant begeleider"),
            DemoPerson.student("student-kevin", "Kevin Dijkstra", "Gemeente Baarn", GEMEENTE, PARTICIPATIECONSULENT),
            DemoPerson.student("student-nadia", "Nadia Bakker", "Kwintes", ZORGORGANISATIE, WMO_CONSULENT),
            DemoPerson.student("student-femke", "Femke Smits", "Gemeente Bunschoten", GEMEENTE, WMO_CONSULENT));

    /** The cohort that finished: five graduates and Lars, whose diploma was taken back. */
    static final List<DemoPerson> GRADUATES = List.of(
            DemoPerson.student("student-roos", "Roos van Dam", "Gemeente Utrecht", GEMEENTE, KLANTMANAGER),
            DemoPerson.student("student-jelle", "Jelle Vos", "Lister", ZORGORGANISATIE, WMO_CONSULENT),
            DemoPerson.student("student-aylin", "Aylin Kaya", "Gemeente Nieuwegein", GEMEENTE, JEUGDCONSULENT),
            DemoPerson.student("student-lars", "Lars Mulder", "Gemeente Houten", GEMEENTE, PARTICIPATIECONSULENT),
            DemoPerson.student("student-sophie", "Sophie de Graaf", "Buurtteams Utrecht", WELZIJNSORGANISATIE, WIJKCOACH),
            DemoPerson.student("student-mehmet", "Mehmet Öztürk", "Gemeente Zeist", GEMEENTE, SCHULDHULPVERLENER));

    /** The cohort that finished over two years ago: their marked work and presence lists are gone after the retention period. */
    static final List<DemoPerson> ALUMNI = List.of(
            DemoPerson.student("student-fleur", "Fleur Jacobs", "Gemeente Amersfoort", GEMEENTE, KLANTMANAGER),
            DemoPerson.student("student-bas", "Bas Hoekstra", "Sociaal Wijkteam Amersfoort", WELZIJNSORGANISATIE, WIJKCOACH),
            DemoPerson.student("student-iris", "Iris Smit", "Gemeente Leusden", GEMEENTE, WMO_CONSULENT),
            DemoPerson.student("student-ruben", "Ruben Bakker", "Gemeente Soest", GEMEENTE, PARTICIPATIECONSULENT));

    static final List<DemoPerson> EVERYONE = concat();

    private DemoPeople() {
    }

    static Optional<DemoPerson> find(UserId id) {
        return EVERYONE.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static List<DemoPerson> concat() {
        List<DemoPerson> all = new java.util.ArrayList<>(List.of(KERNDOCENT, KERNDOCENT_2, TWEEDE_BEOORDELAAR, EXAMENCOMMISSIE));
        all.addAll(STUDENTS);
        all.addAll(NEXT_COHORT);
        all.addAll(GRADUATES);
        all.addAll(ALUMNI);
        return List.copyOf(all);
    }
}
