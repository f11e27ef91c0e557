package nl.leerlijn.submission;

import nl.leerlijn.InvalidInputException;
import java.io.InputStream;

/**
 * A file as it arrives: its name and a stream the service reads once, to the end.
 *
 * @param name as the student's computer called it
 * @param content streamed into the file store, never held in memory
 */
public record Upload(String name, InputStream content) {
    /**
     * Checks the values and makes the name safe to store: characters no file system accepts become
     * {@code _}, an empty name becomes {@code bestand}, and a long one keeps its last 255 characters.
     *
     * @param name as the student's computer called it
     * @param content streamed into the file store, never held in memory
     * @throws InvalidInputException when the name or the content is missing
     */
    public Upload {
        if (name == null || content == null) {
            throw new InvalidInputException("An upload has a name and content");
        }
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "bestand";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
    }
}
