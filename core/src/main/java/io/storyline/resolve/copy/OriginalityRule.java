package io.storyline.resolve.copy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Which of two copies is the original. In order, the first rule that tells them apart decides:
 * <ol>
 *   <li>the earlier publication date, when both dates are known and differ;</li>
 *   <li>the text that is not spun: the one whose spin tells ({@link SpinDetector}) weigh less, when the
 *       difference is at least {@link #SPIN_MARGIN}; else, for a spun pair, the side whose swapped phrases are the
 *       more common words of the crawl (a thesaurus spinner trades common words for rarer synonyms: "said" for
 *       "stated", "people" for "individuals"), when that holds for a clear majority of the swaps;</li>
 *   <li>the text that credits a wire agency ("(AFP)", "Associated Press"…) when the other does not;</li>
 *   <li>the lower id, so that the answer never depends on arrival order.</li>
 * </ol>
 */
public final class OriginalityRule {
    static final double SPIN_MARGIN = 2.0;
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "\\((?:AFP|AP|Reuters|Xinhua|dpa|DPA|EFE|ANSA|Kyodo|Yonhap|Bernama|PTI|IANS|UPI|ANI|TASS|Anadolu|"
                    + "Bloomberg|CNA|KUNA|WAM|SPA|MENA|IRNA)\\)|Agence France-Presse|Associated Press|Reuters\\b|"
                    + "Xinhua News Agency|Deutsche Presse-Agentur|Kyodo News|Yonhap News Agency");

    static final int MIN_SWAPS_FOR_COMMONNESS = 3;
    static final double COMMONNESS_MAJORITY = 0.3;

    private final SpinDetector spinDetector;
    private final ToIntFunction<String> wordCount;

    /** @param wordCount how many documents of the crawl contain a word (any rough count will do) */
    public OriginalityRule(SpinDetector spinDetector, ToIntFunction<String> wordCount) {
        this.spinDetector = spinDetector;
        this.wordCount = wordCount;
    }

    /** One side of the question; {@code spinWeight} is the text's spin-tell weight if known, else NaN. */
    public record Side(String id, LocalDate published, String text, double spinWeight) {
        public Side(String id, LocalDate published, String text) {
            this(id, published, text, Double.NaN);
        }
    }

    /** The decision and the rule that made it, for the evidence. */
    public record Decision(Side original, Side copy, String reason) {
    }

    /** Decides between two texts; {@code swapsAtoB} are the swaps that turn A into B (empty if none). */
    public Decision decide(Side a, Side b, List<Substitution> swapsAtoB) {
        if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
            boolean aFirst = a.published().isBefore(b.published());
            Side original = aFirst ? a : b;
            Side copy = aFirst ? b : a;
            return new Decision(original, copy, "published earlier (" + original.published() + " vs " + copy.published() + ")");
        }
        double spinA = spinWeight(a);
        double spinB = spinWeight(b);
        if (Math.abs(spinA - spinB) >= SPIN_MARGIN) {
            boolean aOriginal = spinA < spinB;
            return new Decision(aOriginal ? a : b, aOriginal ? b : a, String.format(java.util.Locale.ROOT,
                    "fewer spin tells (%.1f vs %.1f); dates do not decide", Math.min(spinA, spinB), Math.max(spinA, spinB)));
        }
        if (swapsAtoB.size() >= MIN_SWAPS_FOR_COMMONNESS) {
            int votes = 0;
            for (Substitution swap : swapsAtoB) {
                votes += Integer.signum(Double.compare(commonness(swap.original()), commonness(swap.replacement())));
            }
            double balance = (double) votes / swapsAtoB.size();
            if (Math.abs(balance) >= COMMONNESS_MAJORITY) {
                boolean aOriginal = balance > 0;
                return new Decision(aOriginal ? a : b, aOriginal ? b : a, String.format(java.util.Locale.ROOT,
                        "plainer words in %.0f%% more of the %d swaps (spinners pick rarer synonyms); dates and spin tells do not decide",
                        100 * Math.abs(balance), swapsAtoB.size()));
            }
        }
        boolean creditA = WIRE_CREDIT.matcher(a.text()).find();
        boolean creditB = WIRE_CREDIT.matcher(b.text()).find();
        if (creditA != creditB) {
            return new Decision(creditA ? a : b, creditA ? b : a, "credits a wire agency; dates and spin do not decide");
        }
        boolean aLower = a.id().compareTo(b.id()) <= 0;
        return new Decision(aLower ? a : b, aLower ? b : a, "lower id; dates, spin and credits do not decide");
    }

    /** The weight of a side's spin tells, computed unless the caller knew it. */
    public double spinWeight(Side side) {
        return Double.isNaN(side.spinWeight()) ? spinDetector.inspect(side.text()).weight() : side.spinWeight();
    }

    private double commonness(String phrase) {
        String[] words = phrase.split(" ");
        double sum = 0;
        for (String w : words) {
            sum += Math.log1p(wordCount.applyAsInt(w));
        }
        return sum / words.length;
    }
}
