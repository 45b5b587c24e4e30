package io.storyline.clean.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    private String lang(String text) {
        return detector.detect(text, null).map(Evidenced::value).orElse(null);
    }

    @Test
    void tellsEuropeanLanguagesByFunctionWords() {
        assertEquals("de", lang("Die Regierung hat am Montag beschlossen, dass die Steuern nicht erhöht werden, und das ist auch gut so."));
        assertEquals("fr", lang("Le gouvernement a annoncé lundi que les impôts ne seront pas augmentés dans les prochains mois."));
        assertEquals("es", lang("El gobierno anunció el lunes que los impuestos no se subirán en los próximos meses, según el ministro."));
        assertEquals("it", lang("Il governo ha annunciato lunedì che le tasse non saranno aumentate nei prossimi mesi, secondo il ministro."));
        assertEquals("pt", lang("O governo anunciou na segunda-feira que os impostos não serão aumentados nos próximos meses, disse o ministro."));
        assertEquals("nl", lang("De regering heeft maandag besloten dat de belastingen niet worden verhoogd, en dat is ook goed voor het land."));
        assertEquals("ru", lang("Правительство в понедельник объявило, что налоги не будут повышены, и это было хорошо для всех."));
    }

    @Test
    void tellsAsianScripts() {
        assertEquals("ko", lang("정부는 월요일 세금을 올리지 않겠다고 발표했다."));
        assertEquals("ja", lang("政府は月曜日、税金を引き上げないと発表した。"));
        assertEquals("zh", lang("政府周一宣布不会提高税收。"));
    }

    @Test
    void fallsBackToMarkupForTooLittleText() {
        assertEquals("en", detector.detect("OK", "en-US").orElseThrow().value());
        assertTrue(detector.detect("OK", null).isEmpty());
    }
}
