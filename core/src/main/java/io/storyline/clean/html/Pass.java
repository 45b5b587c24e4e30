package io.storyline.clean.html;

import org.jsoup.nodes.Element;

/**
 * How strict one extraction attempt is. A page whose first, strict attempt yields too little text is tried again
 * with fewer rules, as Readability does: hint-based removal first, then class weights, then conditional cleaning.
 */
record Pass(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    static final Pass STRICT = new Pass(true, true, true);

    Pass relaxed() {
        if (stripUnlikely) return new Pass(false, weightClasses, cleanConditionally);
        if (weightClasses) return new Pass(false, false, cleanConditionally);
        if (cleanConditionally) return new Pass(false, false, false);
        return null;
    }

    int weight(Element e) {
        return weightClasses ? ClassHints.weight(e) : 0;
    }
}
