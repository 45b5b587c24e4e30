package io.storyline.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text, deciding the encoding from the strongest evidence first: a byte-order mark, a
 * UTF-16 byte pattern, the declared charset (HTTP header or HTML meta), strict UTF-8 validity, and last a
 * statistical guess (juniversalchardet). Refuses empty and binary content.
 */
public final class PageDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    /** Decoded text and a note of which encoding was used and why, e.g. "windows-1252 (guessed)". */
    public record Decoded(String text, String charset) {
    }

    public Decoded decode(byte[] bytes, PageFormat format, String declaredCharset) throws BadPageException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new BadPageException("empty page");
        }
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return new Decoded(stripBom(new String(bytes, bom)), bom.name() + " (byte-order mark)");
        }
        Charset utf16 = utf16ByNulPattern(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name() + " (byte pattern)");
        }
        if (looksBinary(bytes)) {
            throw new BadPageException("binary content, not a text or HTML page");
        }
        Charset declared = charsetNamed(declaredCharset);
        String declaredFrom = "declared";
        if (declared == null && format == PageFormat.HTML) {
            declared = charsetNamed(metaCharset(bytes));
            declaredFrom = "meta charset";
        }
        String strictUtf8 = strictUtf8(bytes);
        if (declared != null && strictUtf8 != null && !declared.equals(StandardCharsets.UTF_8) && hasMultiByte(bytes)) {
            // Long non-ASCII text that is valid UTF-8 is almost never a legacy encoding by chance; the declaration
            // is the stale one (pages re-saved or transcoded by a proxy keep their old meta tag).
            return new Decoded(normalize(strictUtf8), "UTF-8 (valid; " + declaredFrom + " " + declared.name() + " overruled)");
        }
        if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && strictUtf8 == null)) {
            return new Decoded(normalize(new String(bytes, declared)), declared.name() + " (" + declaredFrom + ")");
        }
        if (strictUtf8 != null) {
            return new Decoded(normalize(strictUtf8), "UTF-8 (valid)");
        }
        Utf8Tally tally = Utf8Tally.of(bytes);
        if (tally.mostlyValid()) {
            // a few stray bytes in a UTF-8 page: re-reading it all as windows-1252 would garble every accent
            return new Decoded(normalize(new String(bytes, StandardCharsets.UTF_8)),
                    "UTF-8 (" + tally.invalid() + " invalid bytes replaced)");
        }
        Charset guessed = guess(bytes);
        String why = declared != null ? " (declared UTF-8 but invalid; guessed)" : " (not valid UTF-8; guessed)";
        return new Decoded(normalize(new String(bytes, guessed)), guessed.name() + why);
    }

    private static String normalize(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String stripBom(String text) {
        return normalize(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** UTF-16 text of mostly ASCII characters has a NUL in every other byte. */
    private static Charset utf16ByNulPattern(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** NUL bytes or many control bytes in the first few KB mean this is not text in any encoding we read. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control > n * 0.05;
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // browsers read "latin1" and "iso-8859-1" declarations as windows-1252: so do we (WHATWG Encoding)
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        Charset guessed = charsetNamed(detector.getDetectedCharset());
        return guessed != null ? guessed : Charset.forName("windows-1252");
    }
}
