package io.storyline.resolve.copy;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Which of two copies is the original. In order, the first rule that tells them apart decides:
 * <ol>
 *   <li>the earlier publication date, when both dates are known and differ;</li>
 *   <li>the text that is not spun: the one whose spin tells ({@link SpinDetector}) weigh less, when the
 *       difference is at least {@link #SPIN_MARGIN};</li>
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

    private final SpinDetector spinDetector;

    public OriginalityRule(SpinDetector spinDetector) {
        this.spinDetector = spinDetector;
    }

    /** One side of the question. */
    public record Side(String id, LocalDate published, String text) {
    }

    /** The decision and the rule that made it, for the evidence. */
    public record Decision(Side original, Side copy, String reason) {
    }

    public Decision decide(Side a, Side b) {
        if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
            boolean aFirst = a.published().isBefore(b.published());
            Side original = aFirst ? a : b;
            Side copy = aFirst ? b : a;
            return new Decision(original, copy, "published earlier (" + original.published() + " vs " + copy.published() + ")");
        }
        double spinA = spinDetector.inspect(a.text()).weight();
        double spinB = spinDetector.inspect(b.text()).weight();
        if (Math.abs(spinA - spinB) >= SPIN_MARGIN) {
            boolean aOriginal = spinA < spinB;
            return new Decision(aOriginal ? a : b, aOriginal ? b : a, String.format(java.util.Locale.ROOT,
                    "fewer spin tells (%.1f vs %.1f); dates do not decide", Math.min(spinA, spinB), Math.max(spinA, spinB)));
        }
        boolean creditA = WIRE_CREDIT.matcher(a.text()).find();
        boolean creditB = WIRE_CREDIT.matcher(b.text()).find();
        if (creditA != creditB) {
            return new Decision(creditA ? a : b, creditA ? b : a, "credits a wire agency; dates and spin do not decide");
        }
        boolean aLower = a.id().compareTo(b.id()) <= 0;
        return new Decision(aLower ? a : b, aLower ? b : a, "lower id; dates, spin and credits do not decide");
    }
}
