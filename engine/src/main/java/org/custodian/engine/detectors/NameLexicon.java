package org.custodian.engine.detectors;

/**
 * The word lists behind {@link PersonNameDetector} and {@link StreetAddressDetector}, in one table
 * so a capitalised word costs one lookup. The large lists are generated from published packages by
 * {@code engine/tools/names/build_lists.py} (sources and licences in the NOTICE beside them); the
 * short curated lists below are ours.
 */
final class NameLexicon {
    /** A given name (Moby Words II via @stdlib, and datafaker's en, en-IN/PAK/NG/AU/NZ/IE lists). */
    static final int FIRST = 1;
    /** Any part of a person's name, mostly surnames, from many cultures (@cspell/dict-people-names). */
    static final int NAME_PART = 1 << 1;
    /** An ordinary lower-case English word (SCOWL sizes 10-35): "will", "grace", "green". */
    static final int COMMON = 1 << 2;
    /** An honorific that introduces a name. */
    static final int TITLE = 1 << 3;
    /** Never part of a person's name, even though a list may say so (months, street words, ...). */
    static final int NOT_NAME = 1 << 4;
    /** A word that, following a name-like run, makes it an organisation, building or title. */
    static final int ORG = 1 << 5;
    /** A street-type word that ends a street name. */
    static final int STREET_SUFFIX = 1 << 6;
    /** A given name that is also a month, season or place, so capitalisation proves little. */
    static final int AMBIGUOUS = 1 << 7;
    /** A short form of a street word, which may carry a full stop ("St.", "Rd."). */
    static final int STREET_ABBREVIATION = 1 << 8;

    static final String[] TITLES = {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd",
        "reverend", "lady", "lord", "master", "madam", "madame", "mme", "mlle", "herr", "frau", "fr"};

    static final String[] STREET_SUFFIXES = {
        "road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "place", "court",
        "gardens", "terrace", "grove", "hill", "park", "square", "row", "mews", "walk", "rise", "view",
        "green", "parade", "vale", "gate", "wharf", "quay", "embankment", "circus", "boulevard", "hollow",
        "meadow", "meadows", "croft", "fold", "yard", "chase", "approach", "crest", "end", "brow", "dale",
        "bank", "mount", "villas", "cottages", "wynd", "loan", "brae"};

    static final String[] STREET_ABBREVIATIONS = {
        "rd", "st", "ave", "av", "ln", "dr", "cres", "ct", "pl", "sq", "gdns", "gr", "tce", "terr", "pk",
        "cl", "wy", "pde", "blvd"};

    /** Words that end a name run because they name a place, an organisation or a thing. */
    static final String[] ORG_WORDS = {
        "ltd", "limited", "plc", "llp", "llc", "inc", "incorporated", "corp", "co", "group", "holdings",
        "partnership", "partners", "associates", "solicitors", "trust", "foundation", "charity", "fund",
        "hospital", "infirmary", "surgery", "clinic", "practice", "school", "academy", "college",
        "university", "institute", "centre", "center", "hotel", "inn", "arms", "tavern", "pub", "journal",
        "times", "gazette", "post", "herald", "news", "magazine", "press", "church", "chapel", "cathedral",
        "abbey", "station", "airport", "stadium", "arena", "museum", "gallery", "theatre", "theater",
        "cinema", "library", "house", "building", "tower", "towers", "hall", "estate", "industrial",
        "business", "retail", "shopping", "council", "society", "club", "award", "awards", "prize",
        "memorial", "lecture", "scholarship", "fellowship", "bridge", "river", "lake", "forest",
        "island", "islands", "valley", "county", "borough", "city", "town", "village", "district",
        "bank", "building", "studios", "records", "films", "productions", "media", "software", "systems",
        "services", "solutions", "consulting", "technologies", "labs", "ventures", "capital", "ward",
        "unit", "wing", "suite", "project", "programme", "act", "bill", "law", "effect", "syndrome",
        "disease", "prize", "cup", "trophy", "stakes", "medal", "rule", "method", "test", "scale"};

    /** Words the name lists contain that are almost never a name in running text. */
    static final String[] NOT_NAMES = {
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "christmas", "easter", "england", "scotland", "wales", "ireland", "britain", "british",
        "english", "scottish", "welsh", "irish", "european", "american", "london", "the", "and", "of",
        "for", "with", "from", "to", "in", "on", "at", "by", "re", "fw", "fwd", "dear", "hi", "hello",
        "thanks", "regards", "best", "kind", "yours", "sincerely", "name", "surname", "patient",
        "customer", "client", "employee", "contact", "signed", "total", "page", "table", "figure",
        "section", "chapter", "note", "notes", "see", "north", "south", "east", "west", "upon",
        "street", "road", "avenue", "drive", "crescent", "terrace", "gardens", "mews", "parade",
        "rd", "st", "ave", "ln", "cres", "ct", "gdns", "tce", "nhs", "uk", "gb", "usa", "eu", "id"};

    /** Given names that are also months, seasons or UK places, so a capital letter proves little. */
    static final String[] AMBIGUOUS_FIRST = {
        "may", "april", "june", "august", "summer", "autumn", "winter", "christian", "paris", "florence",
        "sydney", "chester", "lincoln", "preston", "milton", "hamilton", "kingston", "jersey", "victoria",
        "devon", "kent", "clyde", "trent", "derby", "stanley", "ashley", "bradford", "carlisle", "luton",
        "crawley", "sutton", "chelsea", "dudley", "darlington", "bury", "chorley", "warwick", "york",
        "china", "india", "georgia", "jordan", "israel", "bishop", "dean", "major", "earl", "king",
        "prince", "princess", "baron", "duke", "page", "chase", "grant", "will", "mark", "bill", "art"};

    private static final WordTable TABLE = new WordTable.Builder()
            .addResource(NameLexicon.class, "names/first-names.txt", FIRST)
            .addResource(NameLexicon.class, "names/people-names.txt", NAME_PART)
            .addResource(NameLexicon.class, "names/common-words.txt", COMMON)
            .addAll(TITLE, TITLES)
            .addAll(STREET_SUFFIX, STREET_SUFFIXES)
            .addAll(STREET_SUFFIX | STREET_ABBREVIATION, STREET_ABBREVIATIONS)
            .addAll(ORG, ORG_WORDS)
            .addAll(NOT_NAME, NOT_NAMES)
            .addAll(AMBIGUOUS, AMBIGUOUS_FIRST)
            .build();

    private NameLexicon() {
    }

    static int flags(char[] buf, int from, int to) {
        return TABLE.get(buf, from, to);
    }

    static int flags(String word) {
        return TABLE.get(word);
    }
}
