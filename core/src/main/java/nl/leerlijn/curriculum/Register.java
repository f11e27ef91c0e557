package nl.leerlijn.curriculum;

/** The professional registers that award points for the programme. */
public enum Register {
    /** Registerplein: registers for social work professionals (e.g. klantmanagers, Wmo-consulenten). */
    REGISTERPLEIN,
    /** Stichting Kwaliteitsregister Jeugd: jeugdprofessionals. */
    SKJ
}
