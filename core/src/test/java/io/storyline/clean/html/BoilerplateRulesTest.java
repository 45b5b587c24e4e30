package io.storyline.clean.html;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BoilerplateRulesTest {
    private static String reason(BlockRule rule, String text) {
        Element block = new Element("p").text(text);
        return rule.reasonToDrop(block, text);
    }

    @Test
    void adMarkerMatchesLabelsNotSentences() {
        assertEquals("ad-marker", reason(BoilerplateRules.AD_MARKER, "[ad_1]"));
        assertEquals("ad-marker", reason(BoilerplateRules.AD_MARKER, "Advertisement - Scroll to continue"));
        assertNull(reason(BoilerplateRules.AD_MARKER, "Advertisement spending fell by a third last year, the report said."));
    }

    @Test
    void cookieNoticeIgnoresLongProseAboutCookies() {
        assertEquals("cookie-notice", reason(BoilerplateRules.COOKIE_NOTICE, "This site uses cookies. OK"));
        assertNull(reason(BoilerplateRules.COOKIE_NOTICE, "The regulator said that when a website uses cookies it must ask. "
                .repeat(8)));
    }

    @Test
    void promptNeedsThePromptAtTheStart() {
        assertEquals("share-login-prompt", reason(BoilerplateRules.PROMPT, "Subscribe to our newsletter"));
        assertNull(reason(BoilerplateRules.PROMPT, "Readers who subscribe to the paper get it at home."));
    }

    @Test
    void recirculationLabelAloneOrLinked() {
        assertEquals("recirculation", reason(BoilerplateRules.RECIRCULATION, "Most Popular"));
        assertNull(reason(BoilerplateRules.RECIRCULATION, "Read more about the plan on page two, the mayor said."));
    }
}
