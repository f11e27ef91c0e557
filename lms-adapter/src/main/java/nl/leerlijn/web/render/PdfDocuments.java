package nl.leerlijn.web.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a rendered XHTML document into a tagged PDF with openhtmltopdf, in the DejaVu Sans font that ships with the
 * templates (so names such as Yılmaz and Öztürk print as written). Thread-safe: every call builds its own renderer.
 */
public final class PdfDocuments {
    private static final String FONT = "DejaVu Sans";
    private static final String REGULAR = "/nl/leerlijn/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/nl/leerlijn/fonts/DejaVuSans-Bold.ttf";

    private PdfDocuments() {
    }

    /**
     * @param xhtml a well-formed XHTML document with a {@code <title>} and a {@code lang}
     * @return the PDF's bytes
     * @throws UncheckedIOException when the PDF cannot be made
     */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font(REGULAR), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            // A character XML does not allow (a control character in an imported name) would stop the whole document.
            builder.withHtmlContent(xhtml.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        InputStream in = PdfDocuments.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Font " + name + " is missing from the templates");
        }
        return in;
    }
}
