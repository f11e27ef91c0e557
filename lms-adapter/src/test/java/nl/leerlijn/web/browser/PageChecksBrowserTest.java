package nl.leerlijn.web.browser;

import static nl.leerlijn.web.browser.Chromium.assertAccessible;
import static nl.leerlijn.web.browser.Chromium.assertNoSidewaysScroll;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks every page gets, tried on small pages made to fail them (and on some that must pass). */
class PageChecksBrowserTest {
    /** The bug from the issue: ".ll a" gives every link the primary colour, also the link that looks like a button. */
    private static final String COLLIDING_BUTTON = """
            <!DOCTYPE html><html lang="nl"><head><title>Knop</title><style>
              .ll a { color: #0b5394; }
              .ll-button { color: #ffffff; background: #0b5394; padding: 8px 16px; display: inline-block; }
            </style></head>
            <body class="ll"><main><h1>Mijn leergangen</h1>
              <a class="ll-button" href="#nieuw">Nieuwe leergang starten</a>
            </main></body></html>""";
    private static Chromium chromium;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    private static Page page(String html, int width) {
        Page page = chromium.pageAs("", width, 640);
        page.setContent(html);
        return page;
    }

    @Test
    void aLinkStyledAsAButtonInTheColourOfItsBackgroundFailsTheCheckAlthoughAxeOnlyCallsItIncomplete() {
        Page page = page(COLLIDING_BUTTON, 1280);

        assertThatThrownBy(() -> assertAccessible(page)).hasMessageContaining("color-contrast")
                .hasMessageContaining("#0b5394 on #0b5394");
    }

    @Test
    void theSameButtonWithItsOwnColoursPasses() {
        Page page = page(COLLIDING_BUTTON.replace(".ll a {", ".ll a:not(.ll-button) {"), 1280);

        assertThatCode(() -> assertAccessible(page)).doesNotThrowAnyException();
    }

    @Test
    void textOverABackgroundImageCannotBeMeasuredAndDoesNotFailThePage() {
        Page page = page("""
                <!DOCTYPE html><html lang="nl"><head><title>Beeld</title></head><body><main><h1>Kop</h1>
                <p style="background-image: linear-gradient(#ffffff, #eeeeee); color: #1d1d1f">Tekst op een verloop</p>
                </main></body></html>""", 1280);

        assertThatCode(() -> assertAccessible(page)).doesNotThrowAnyException();
    }

    @Test
    void aPageWiderThanAPhoneFailsNamingTheElementThatSticksOut() {
        Page page = page("""
                <!DOCTYPE html><html lang="nl"><head><title>Breed</title></head><body><main><h1>Kop</h1>
                <p class="ll-url">https://www.example.nl/een/heel/lange/verwijzing/zonder/spaties/die/niet/afbreekt/op/een/telefoon</p>
                </main></body></html>""", 320);

        assertThatThrownBy(() -> assertNoSidewaysScroll(page)).hasMessageContaining("p.ll-url");
    }

    @Test
    void aWideTableInsideItsOwnScrollingRegionKeepsThePageItself320Wide() {
        Page page = page("""
                <!DOCTYPE html><html lang="nl"><head><title>Tabel</title></head><body><main><h1>Kop</h1>
                <div style="overflow-x: auto"><table style="width: 900px"><tr><td>breed</td></tr></table></div>
                </main></body></html>""", 320);

        assertThatCode(() -> assertNoSidewaysScroll(page)).doesNotThrowAnyException();
    }
}
