package io.storyline.clean.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Wraps a real article in page furniture generated from templates: header (site name, menus, breadcrumbs,
 * weather and date widgets, log-in and share rows), mid-article ad slots, related-story blocks with teaser
 * headlines, newsletter promos and repeated captions, and a footer (tags, comment widgets, copyright, legal
 * notes, tracking ids, feed stamps, source links, sidebar teasers, footer menus).
 *
 * <p>The wording is deliberately our own and varied, mostly not the phrases of {@link BoilerplateLexicon}, so
 * a high drop rate has to come from the structural evidence (position, shape, block openers), not from
 * recognising the templates.
 */
final class NoiseInjector {

    enum Label { TITLE, ARTICLE, NOISE }

    record Line(String text, Label label) {
    }

    private static final String[] SITE_FIRST = {"Morning", "Coastal", "Northern", "Capital", "Harbour", "Valley", "Metro",
            "Evening", "Pacific", "Highland", "Central", "Riverside", "Global", "Union", "Frontier"};
    private static final String[] SITE_SECOND = {"Ledger", "Tribune", "Courier", "Gazette", "Dispatch", "Chronicle", "Observer",
            "Herald", "Post", "Beacon", "Sentinel", "Express", "Review", "Wire", "Record"};
    private static final String[] SECTIONS = {"World", "Business", "Opinion", "Sport", "Culture", "Science", "Tech", "Lifestyle",
            "Politics", "Health", "Travel", "Markets", "Climate", "Education", "Local", "Video", "Podcasts", "Obituaries"};
    private static final String[] CITIES = {"Lagos", "Lima", "Oslo", "Perth", "Denver", "Nagoya", "Porto", "Accra", "Quito",
            "Kraków", "Leeds", "Cebu", "Tampere", "Malmö", "Durban"};
    private static final String[] FIRST = {"Maria", "James", "Aiko", "Carlos", "Fatima", "Peter", "Ingrid", "Samuel", "Li",
            "Olga", "Rahul", "Chloe", "Tomasz", "Amina", "David"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Tanaka", "Moreno", "Haddad", "Novak", "Brennan", "Silva",
            "Chen", "Petrova", "Mehta", "Dubois", "Kowalski", "Mensah", "Reyes"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] SUBJECTS = {"City council", "Regional bank", "Startup founder", "School board", "Rail operator",
            "Football club", "Pop star", "Health agency", "Local farmers", "Tech giant", "Museum", "Airline", "Scientists",
            "Police", "Residents"};
    private static final String[] VERBS = {"unveils plan for", "faces backlash over", "bets big on", "quietly drops",
            "wins fight over", "rethinks", "doubles down on", "warns about", "celebrates", "sues over", "cuts prices of",
            "reveals secret behind", "says goodbye to", "opens new", "is rethinking"};
    private static final String[] OBJECTS = {"riverside park", "electric buses", "weekend markets", "ticket prices",
            "four-day week", "coastal erosion", "night trains", "vintage cars", "water meters", "rooftop gardens",
            "student housing", "cheap flights", "streaming deal", "data centre", "heritage site"};
    private static final String[] BRANDS = {"Nordvik", "Solara", "Brightwell", "Kestrel", "Tandem", "Orbis", "Maple & Co"};

    private final Random random;

    NoiseInjector(long seed) {
        this.random = new Random(seed);
    }

    List<Line> page(String title, List<String> paragraphs) {
        String site = pick(SITE_FIRST) + " " + pick(SITE_SECOND);
        List<Line> page = new ArrayList<>();
        header(site).forEach(text -> page.add(new Line(text, Label.NOISE)));
        page.add(new Line(title, Label.TITLE));
        if (chance(0.4)) {
            page.add(new Line(title, Label.NOISE));
        }
        if (chance(0.5)) {
            page.add(new Line("By " + person() + (chance(0.5) ? "" : ", " + site), Label.ARTICLE));
        }
        if (chance(0.6)) {
            page.add(new Line(dateStamp(), Label.NOISE));
        }
        if (chance(0.3)) {
            String caption = person() + " speaks to reporters in " + pick(CITIES) + " on " + pick(WEEKDAYS) + ". ("
                    + pick(new String[]{"AFP", "Reuters", "AP", "EPA", "Getty Images"}) + ")";
            page.add(new Line(caption, Label.ARTICLE));
            page.add(new Line(caption, Label.NOISE));
        }
        int inserts = paragraphs.size() <= 2 ? 1 : 1 + random.nextInt(2);
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < inserts && paragraphs.size() > 1; i++) {
            after.add(1 + random.nextInt(paragraphs.size() - 1));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            page.add(new Line(paragraphs.get(i), Label.ARTICLE));
            if (after.contains(i + 1) && i + 1 < paragraphs.size()) {
                middle(site).forEach(text -> page.add(new Line(text, Label.NOISE)));
            }
        }
        footer(site).forEach(text -> page.add(new Line(text, Label.NOISE)));
        return page;
    }

    private List<String> header(String site) {
        List<String> lines = new ArrayList<>();
        List<Supplier<List<String>>> parts = List.of(
                () -> List.of(site),
                () -> List.of(chance(0.5) ? "Sign in" : "My account", chance(0.5) ? "Register" : "Become a member"),
                () -> sample(SECTIONS, 4 + random.nextInt(6)),
                () -> List.of(String.join(" | ", sample(SECTIONS, 5))),
                () -> List.of("News " + pick(new String[]{"»", ">", "/", "›"}) + " " + pick(SECTIONS) + " "
                        + pick(new String[]{"»", ">", "/", "›"}) + " " + pick(CITIES)),
                () -> List.of((random.nextInt(45) - 5) + "°" + (chance(0.5) ? "C" : ""), pick(CITIES), dateOnly()),
                () -> List.of(pick(new String[]{"Listen to this story", "Reading time: " + (2 + random.nextInt(9)) + " min",
                        "Text size", "Aa"})),
                () -> List.of(pick(new String[]{"Share on Facebook", "Share via WhatsApp", "Copy URL", "Tweet this",
                        "Send by email"})));
        int count = 3 + random.nextInt(4);
        for (Supplier<List<String>> part : sample(parts, count)) {
            lines.addAll(part.get());
        }
        return lines;
    }

    private List<String> middle(String site) {
        return switch (random.nextInt(5)) {
            case 0 -> {
                List<String> block = new ArrayList<>();
                block.add(pick(new String[]{"More coverage", "Keep reading", "Also on " + site, "Stories you shouldn't miss",
                        "Further reading", "Continue exploring", "Our picks", "Related", "Read more:", "Worth your time"}));
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    block.add(headline());
                }
                yield block;
            }
            case 1 -> List.of(pick(new String[]{"ADVERTISEMENT", "— Advertisement —", "Ad", "[ad_" + (1 + random.nextInt(4)) + "]",
                    "Story continues after this ad", "Content from our partners"}));
            case 2 -> List.of(pick(new String[]{"Get the " + site + " briefing in your inbox every morning",
                    "Want more stories like this? Join our mailing list.", "Sign up to our free daily newsletter",
                    "Never miss a story: turn on alerts"}));
            case 3 -> List.of("Sponsored: " + pick(BRANDS) + " " + pick(OBJECTS) + " from $" + (9 + random.nextInt(90)) + ".99");
            default -> List.of(pick(new String[]{"READ MORE:", "Watch:", "Also read:"}) + " " + headline());
        };
    }

    private List<String> footer(String site) {
        List<String> lines = new ArrayList<>();
        List<Supplier<List<String>>> parts = List.of(
                () -> List.of(pick(new String[]{"Topics: ", "Tagged in: ", "More about: "}) + String.join(", ", sample(SECTIONS, 3))),
                () -> List.of(pick(new String[]{"Found this useful? Pass it on", "Send to a friend", "Share this"}),
                        pick(new String[]{"Facebook", "WhatsApp", "Email"})),
                () -> List.of(random.nextInt(300) + " Comments", pick(new String[]{"Join the discussion",
                        "What do you think? Tell us below.", "Add your voice"})),
                () -> List.of(pick(new String[]{"© " + year() + " " + site + " Media Group. All rights reserved.",
                        site + " © " + year(), "Copyright " + year() + " " + site + ". Reproduction without permission is prohibited."})),
                () -> List.of(pick(new String[]{"The views expressed in this article are the author's own and do not necessarily reflect those of " + site + ".",
                        "This content is for information only and is not investment advice; " + site + " accepts no liability for its accuracy."})),
                () -> List.of(trackingId()),
                () -> List.of(url() + " " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year() + " at "
                        + (1 + random.nextInt(12)) + ":" + (10 + random.nextInt(50)) + pick(new String[]{"AM", "PM"}),
                        "from " + site + " – " + pick(SECTIONS) + " news"),
                () -> List.of(pick(new String[]{"Source link", "Original story: " + url(), "via " + site})),
                () -> List.of(pick(new String[]{"Leave a Reply", "Post your reply", "Comments are closed."})),
                () -> {
                    List<String> block = new ArrayList<>();
                    block.add(pick(new String[]{"Latest Post", "Just in", "Fresh from the newsroom", "Most shared this week",
                            "Readers' favourites", "Most Popular Articles", "Trending"}));
                    for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
                        block.add(headline());
                    }
                    return block;
                },
                () -> sample(new String[]{"About us", "Contact", "Careers", "Advertise with us", "Privacy", "Terms",
                        "Cookie settings", "Help", "Sitemap"}, 3 + random.nextInt(4)));
        int count = 3 + random.nextInt(5);
        for (Supplier<List<String>> part : sample(parts, count)) {
            lines.addAll(part.get());
        }
        return lines;
    }

    private String headline() {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + (chance(0.2) ? " in " + pick(CITIES) : "");
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String dateOnly() {
        return pick(WEEKDAYS) + ", " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year();
    }

    private String dateStamp() {
        return switch (random.nextInt(4)) {
            case 0 -> dateOnly();
            case 1 -> "Updated " + (1 + random.nextInt(12)) + ":" + (10 + random.nextInt(50)) + " pm ET";
            case 2 -> (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + "/" + year() + " " + random.nextInt(24) + ":"
                    + (10 + random.nextInt(50));
            default -> "Published " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year();
        };
    }

    private String trackingId() {
        StringBuilder id = new StringBuilder(pick(SITE_SECOND).toUpperCase());
        for (int i = 0; i < 18; i++) {
            id.append(random.nextInt(10));
        }
        return id.append("ID").append(1_000_000_000L + random.nextInt(1_000_000_000)).toString();
    }

    private String url() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            slug.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return pick(new String[]{"https://lnk.example/", "http://feeds.example.net/~r/", "https://t.example.co/"}) + slug;
    }

    private int year() {
        return 2015 + random.nextInt(10);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private List<String> sample(String[] options, int n) {
        return sample(List.of(options), n);
    }

    private <T> List<T> sample(List<T> options, int n) {
        List<T> pool = new ArrayList<>(options);
        java.util.Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(n, pool.size()));
    }
}
