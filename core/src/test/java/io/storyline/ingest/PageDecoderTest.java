package io.storyline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {
    private final PageDecoder decoder = new PageDecoder();
    private static final String FRENCH = "Le président a déclaré à la presse que l'économie française était forte. "
            + "Les élèves ont été très nombreux à répondre, déjà hier soir, à l'appel du ministère.";

    @Test
    void readsValidUtf8AsUtf8() throws Exception {
        var decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), PageFormat.TEXT, null);
        assertEquals(FRENCH, decoded.text());
        assertTrue(decoded.charset().startsWith("UTF-8"), decoded.charset());
    }

    @Test
    void guessesLatin1WhenBytesAreNotUtf8() throws Exception {
        var decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), PageFormat.TEXT, null);
        assertEquals(FRENCH, decoded.text());
        assertTrue(decoded.charset().contains("guessed"), decoded.charset());
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        var decoded = decoder.decode(("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE), PageFormat.TEXT, null);
        assertEquals(FRENCH, decoded.text());
    }

    @Test
    void readsUtf16WithoutByteOrderMark() throws Exception {
        var decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16BE), PageFormat.TEXT, null);
        assertEquals(FRENCH, decoded.text());
    }

    @Test
    void honoursMetaCharsetOfHtml() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>";
        var decoded = decoder.decode(html.getBytes(Charset.forName("windows-1251")), PageFormat.HTML, null);
        assertTrue(decoded.text().contains("Привет, мир"));
        assertTrue(decoded.charset().contains("meta charset"), decoded.charset());
    }

    @Test
    void validUtf8TextOverrulesAStaleLegacyMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>谷歌在2014年收购的人工智能公司开发出一款计算机。</p></body></html>";
        var decoded = decoder.decode(html.getBytes(StandardCharsets.UTF_8), PageFormat.HTML, null);
        assertTrue(decoded.text().contains("谷歌在2014年收购的人工智能公司"), decoded.text());
        assertTrue(decoded.charset().contains("overruled"), decoded.charset());
    }

    @Test
    void distrustsDeclaredUtf8WhenBytesAreInvalid() throws Exception {
        var decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), PageFormat.TEXT, "utf-8");
        assertEquals(FRENCH, decoded.text());
    }

    @Test
    void normalisesLineEndings() throws Exception {
        assertEquals("a\nb\nc", decoder.decode("a\r\nb\rc".getBytes(StandardCharsets.UTF_8), PageFormat.TEXT, null).text());
    }

    @Test
    void refusesEmptyPage() {
        var e = assertThrows(BadPageException.class, () -> decoder.decode(" \n\t".getBytes(), PageFormat.TEXT, null));
        assertEquals("empty page", e.getMessage());
    }

    @Test
    void refusesBinaryContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        var e = assertThrows(BadPageException.class, () -> decoder.decode(png, PageFormat.TEXT, null));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void aUtf8PageWithAStrayByteStaysUtf8WithTheDamageNoted() throws Exception {
        byte[] utf8 = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        damaged[utf8.length] = (byte) 0xE9; // a lone windows-1252 "é" at the end
        var decoded = decoder.decode(damaged, PageFormat.TEXT, null);
        assertTrue(decoded.text().startsWith(FRENCH), decoded.text());
        assertTrue(decoded.charset().contains("1 invalid bytes replaced"), decoded.charset());
    }
}
