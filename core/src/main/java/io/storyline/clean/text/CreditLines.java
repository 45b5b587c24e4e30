package io.storyline.clean.text;

import java.util.regex.Pattern;

/**
 * Lines that belong to the article although they are short and not prose: bylines ("By Jane Doe",
 * "BY JANE DOE [jane@paper.com]"), wire credits ("(Reporting by …; Editing by …)"), datelines on a line of
 * their own ("LONDON, Jan 29 (Reuters) -"), contributor notes.
 */
public final class CreditLines {
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|par|von|por|di|door)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|und|et|y|e|en|van|von|de|da|del|der|la|le|,))*"
                    + "(?:\\s*[,|/–—-]\\s*[\\p{L} .'’&-]{2,60})?(?:\\s*[\\[(<]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[\\])>]?)?"
                    + "(?:\\s*[,|]?\\s*(?:updated|published)?.{0,30}\\d{4}.{0,12})?$", Pattern.UNICODE_CASE);
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "^[(\\[]?\\s*(?:(?:additional )?reporting|writing|editing|compiled|translated|contributing|research|reported|written|edited)\\s+by\\b.*"
                    + "|.*\\b(?:contributed (?:reporting|to this (?:report|story|article))|contributed\\.?)[)\\]]?\\.?$"
                    + "|^[-–—]\\s*\\p{Lu}[\\p{L}.'’ -]{2,40}(?:,\\s*[\\p{L} .'’&-]{2,50})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L} .0-9]{2,30})?\\s*(?:\\((?:AP|AFP|Reuters|UPI|dpa|ANSA|EFE|Xinhua|[A-Z]{2,6})\\))?\\s*[-–—_:]+$");

    public boolean isCredit(String line) {
        String text = line.strip();
        if (text.length() > 200) {
            return false;
        }
        return BYLINE.matcher(text).matches() || WIRE_CREDIT.matcher(text).matches() || DATELINE.matcher(text).matches();
    }
}
