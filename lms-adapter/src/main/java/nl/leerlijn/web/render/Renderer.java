package nl.leerlijn.web.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders {@code .ftlh} templates with HTML auto-escaping. Templates come from the templates
 * module ({@code /nl/leerlijn/templates}); a host may put folders of its own in front, where a
 * file with the same name replaces Leerlijn's. Every page also sees the host's stylesheet, if any,
 * as {@code hostStylesheet}. Thread-safe.
 */
public final class Renderer {
    private static final String ROOT = "/nl/leerlijn/templates";
    private final Configuration freemarker;
    private final Optional<HostStylesheet> hostStylesheet;

    /**
     * A renderer with the host's template folders in front of Leerlijn's own.
     *
     * @param overrides folders searched before Leerlijn's own templates, in order; may be empty
     */
    public Renderer(List<Path> overrides) {
        this(overrides, List.of());
    }

    /**
     * A renderer that also looks in classpath folders, e.g. a host's templates packed in its own jar.
     *
     * @param overrides folders searched before Leerlijn's own templates
     * @param classpathOverrides classpath folders searched after {@code overrides} and before Leerlijn's own
     */
    public Renderer(List<Path> overrides, List<String> classpathOverrides) {
        this(overrides, classpathOverrides, Optional.empty());
    }

    /**
     * @param overrides folders searched before Leerlijn's own templates
     * @param classpathOverrides classpath folders searched after {@code overrides} and before Leerlijn's own
     * @param hostStylesheet the host's stylesheet, which the layout links after Leerlijn's; empty for none
     */
    public Renderer(List<Path> overrides, List<String> classpathOverrides, Optional<HostStylesheet> hostStylesheet) {
        this.hostStylesheet = hostStylesheet;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(loaders(overrides, classpathOverrides));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setURLEscapingCharset("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /**
     * Renders a template.
     *
     * @param template name under the templates root, e.g. {@code home/my-cohorts.ftlh}
     * @param model the values the template sees; {@code msg}, {@code lang} and {@code hostStylesheet} (when there is one) are added
     * @param messages the texts in the user's language
     * @param out where the HTML goes
     * @throws java.io.UncheckedIOException when the template cannot be read or {@code out} cannot be written
     * @throws IllegalStateException when the template fails, e.g. on a value the model lacks
     */
    public void render(String template, Map<String, Object> model, Messages messages, Writer out) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("msg", messageFunction(messages));
        all.put("lang", messages.locale().getLanguage());
        hostStylesheet.ifPresent(stylesheet -> all.put("hostStylesheet", stylesheet.path()));
        try {
            freemarker.getTemplate(template).process(all, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessage(), e);
        }
    }

    private static TemplateMethodModelEx messageFunction(Messages messages) {
        return arguments -> {
            List<?> given = arguments;
            if (given.isEmpty()) {
                throw new TemplateModelException("msg needs a message key");
            }
            Object[] values = new Object[given.size() - 1];
            for (int i = 1; i < given.size(); i++) {
                Object value = given.get(i);
                values[i - 1] = value instanceof freemarker.template.TemplateNumberModel number ? number.getAsNumber() : value.toString();
            }
            return messages.get(given.get(0).toString(), values);
        };
    }

    private static TemplateLoader loaders(List<Path> overrides, List<String> classpathOverrides) {
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : overrides) {
            try {
                loaders.add(new FileTemplateLoader(folder.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("Template override folder " + folder + " cannot be read", e);
            }
        }
        for (String folder : classpathOverrides) {
            loaders.add(new ClassTemplateLoader(Renderer.class.getClassLoader(), folder));
        }
        loaders.add(new ClassTemplateLoader(Renderer.class.getClassLoader(), ROOT.substring(1)));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }
}
