package io.storyline.events.coding;

/**
 * What an actor phrase stands for in CAMEO terms, as GDELT's Actor1CountryCode and Actor1Type1Code columns:
 * {@code country} a 3-letter country code or an international kind (IGO, NGO, MNC…), {@code sector} the role it
 * plays (GOV, MIL, COP, REB…), either null; {@code matched} the words that decided it.
 */
public record ActorCode(String country, String sector, String matched) {
    /** "RUS/COP", "TUR/GOV", "REB". */
    public String label() {
        return country == null ? sector : sector == null ? country : country + "/" + sector;
    }
}
