package io.storyline.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON every output writes: the CLI's JSON Lines, the REST API and the exports. Field names in snake_case, as
 * the contract spells them. In a package of its own, below every stage, so that the CLI and the web server share
 * it without one depending on the other.
 */
public final class ContractJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ContractJson() {
    }
}
