package io.storyline.clean.meta;

import io.storyline.clean.PageHints;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutletResolverTest {

    private final OutletResolver resolver = new OutletResolver(new NewsOutletGazetteer(), new WireAgencies());

    private OutletResolver.Outlets resolve(String url, PageHints hints, String... lines) {
        return resolver.resolve(List.of(lines), hints, url);
    }

    @Test
    void readsWireDatelineCredit() {
        var o = resolve(null, PageHints.NONE, "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.");
        assertEquals("AP", o.originalOutlet().value());
        assertEquals("AP", o.outlet().value()); // no name of its own
    }

    @Test
    void photoCreditInCaptionIsNotTheStoryCredit() {
        var o = resolve(null, PageHints.NONE,
                "The minister speaks at a news conference in Paris on Monday. [AFP/YONHAP]",
                "The minister said the talks would continue next week.",
                "BY JANE DOE [jane.doe@example.com]");
        assertNull(o.originalOutlet());
    }

    @Test
    void closingBracketCreditOfTheStoryCounts() {
        var o = resolve(null, PageHints.NONE, "The ministry said the talks would resume next month. [YONHAP]");
        assertEquals("Yonhap", o.originalOutlet().value());
    }

    @Test
    void copyrightOfAgencyIsACredit() {
        var o = resolve(null, PageHints.NONE, "Text of the story.", "Copyright 2023 Thomson Reuters.");
        assertEquals("Reuters", o.originalOutlet().value());
    }

    @Test
    void prefersSiteNameThenAddress() {
        PageHints hints = new PageHints(null, null, "Example Daily", null, null, null, "");
        assertEquals("Example Daily", resolve("https://www.theguardian.com/world/x", hints, "Text.").outlet().value());
        assertEquals("The Guardian", resolve("https://www.theguardian.com/world/x", PageHints.NONE, "Text.").outlet().value());
        assertEquals("example-news.org", resolve("https://example-news.org/a/b", PageHints.NONE, "Text.").outlet().value());
    }

    @Test
    void readsSelfReferencesAndCopyrightHolder() {
        assertEquals("Example Times", resolve(null, PageHints.NONE, "Log in to connect", "with the Example Times").outlet().value());
        assertEquals("Example Media Group", resolve(null, PageHints.NONE, "© 2021 Example Media Group. All rights reserved.").outlet().value());
        var provider = resolve(null, PageHints.NONE, "(Newswire- Some Blog) The company said on Monday it had agreed.");
        assertEquals("Newswire", provider.outlet().value());
        assertEquals("Some Blog", provider.originalOutlet().value());
    }

    private static PageHints site(String name) {
        return new PageHints(null, null, name, null, null, null, "siteName=meta[og:site_name]");
    }

    @Test
    void neverTakesAHandleACountryOrAHostingWordForTheSiteName() {
        assertEquals("politifact.com", resolve("https://www.politifact.com/a", site("@politifact"), "Text.").outlet().value());
        assertEquals("example-news.org", resolve("https://example-news.org/a", site("U.S."), "Text.").outlet().value());
        assertEquals("example-news.org", resolve("https://example-news.org/a", site("Hosted"), "Text.").outlet().value());
    }

    @Test
    void givesABareAddressOrTheHostsOwnLabelAsTheReadableHost() {
        assertEquals("hawaiinewsnow.com", resolve(null, site("https://www.hawaiinewsnow.com"), "Text.").outlet().value());
        assertEquals("cleveland.com", resolve("https://www.cleveland.com/news/a", site("cleveland"), "Text.").outlet().value());
    }

    @Test
    void readsTheApplicationNameWhenNoSiteNameIsDeclared() {
        PageHints hints = new PageHints(null, null, "Example Daily", null, null, null, "siteName=meta[application-name]");
        assertEquals("Example Daily", resolve(null, hints, "Text.").outlet().value());
    }
}
