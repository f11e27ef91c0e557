package nl.leerlijn.submission;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two text versions, word by word: the earlier text as a run of pieces that stayed,
 * were removed or were added.
 *
 * @param from the earlier version
 * @param to the later version
 * @param pieces in reading order
 */
public record TextComparison(Submission from, Submission to, List<Piece> pieces) {
    private static final Pattern TOKENS = Pattern.compile("^\\s+|\\S+\\s*");

    /** Whether a piece of text stayed, was removed or was added. */
    public enum Change {
        /** In both versions. */
        SAME,
        /** Only in the earlier version. */
        REMOVED,
        /** Only in the later version. */
        ADDED
    }

    /**
     * A run of text with one kind of change.
     *
     * @param change what happened to it
     * @param text the words, with their white space
     */
    public record Piece(Change change, String text) {
    }

    /**
     * Copies the pieces.
     *
     * @param from the earlier version
     * @param to the later version
     * @param pieces in reading order
     */
    public TextComparison {
        pieces = List.copyOf(pieces);
    }

    /** @return whether anything was added or removed */
    public boolean changed() {
        return pieces.stream().anyMatch(p -> p.change() != Change.SAME);
    }

    /** @return how many words were added */
    public long wordsAdded() {
        return words(Change.ADDED);
    }

    /** @return how many words were removed */
    public long wordsRemoved() {
        return words(Change.REMOVED);
    }

    private long words(Change change) {
        return pieces.stream().filter(p -> p.change() == change).mapToLong(p -> tokens(p.text()).stream().filter(t -> !t.isBlank()).count())
                .sum();
    }

    /** Compares the texts of two versions word by word. */
    static TextComparison of(Submission from, Submission to) {
        List<String> before = tokens(from.text().orElse(""));
        List<String> after = tokens(to.text().orElse(""));
        Patch<String> patch = DiffUtils.diff(before, after, (a, b) -> a.strip().equals(b.strip()));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(pieces, Change.SAME, before.subList(at, delta.getSource().getPosition()));
            add(pieces, Change.REMOVED, delta.getSource().getLines());
            add(pieces, Change.ADDED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Change.SAME, before.subList(at, before.size()));
        return new TextComparison(from, to, pieces);
    }

    private static void add(List<Piece> pieces, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).change() == change) {
            Piece last = pieces.remove(pieces.size() - 1);
            text = last.text() + text;
        }
        pieces.add(new Piece(change, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
