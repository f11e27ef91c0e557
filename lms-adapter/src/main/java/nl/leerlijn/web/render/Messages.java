package nl.leerlijn.web.render;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts in Dutch (default) and English, from the templates module's bundles
 * {@code nl/leerlijn/messages/messages_nl.properties} and {@code messages_en.properties}.
 */
public final class Messages {
    /** The languages Leerlijn speaks; the first is the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private static final String BUNDLE = "nl.leerlijn.messages.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * @param wanted the language asked for
     * @return the texts for the supported language closest to {@code wanted}; Dutch otherwise
     */
    public static Messages of(Locale wanted) {
        return new Messages(supported(wanted));
    }

    /**
     * @param wanted the language asked for
     * @return {@code wanted} when Leerlijn speaks it, else Dutch
     */
    public static Locale supported(Locale wanted) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(SUPPORTED.get(0));
    }

    /** @return the language of these texts */
    public Locale locale() {
        return locale;
    }

    /**
     * @param key the message key
     * @return whether there is a text for {@code key}
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * @param key the message key
     * @param arguments the values for the pattern's {@code {0}}, {@code {1}}, …
     * @return the text for {@code key} with {@code arguments} filled in; every text is a {@link MessageFormat} pattern
     * @throws MissingResourceException when the key is not in the bundle (a bug: every key must exist)
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
