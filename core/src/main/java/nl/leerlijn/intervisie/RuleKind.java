package nl.leerlijn.intervisie;

/** A kerndocent's hard rule about two participants when groups are formed. */
public enum RuleKind {
    /** Always in the same group ("these two together"). */
    TOGETHER,
    /** Never in the same group ("not together"). */
    APART
}
