package org.custodian.engine.detectors;

import org.custodian.engine.ScanWindow;

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

    /** A word near a value that says it is a person's name. */
    static final int NAME_CONTEXT = 1 << 9;
    /** A word near a value that says it is an address. */
    static final int ADDRESS_CONTEXT = 1 << 10;

    static final String[] NAME_CONTEXT_WORDS = {
        "name", "names", "surname", "forename", "forenames", "firstname", "lastname", "fullname", "patient",
        "customer", "client", "employee", "staff", "dear", "signed", "signature", "contact", "applicant",
        "claimant", "tenant", "resident", "pupil", "student", "member", "kin", "spouse", "attn", "fao",
        "regards", "sincerely", "witness", "consultant", "gp", "mother", "father", "guardian", "husband",
        "wife", "son", "daughter", "colleague", "manager", "mr", "mrs", "ms", "miss", "dr"};

    static final String[] ADDRESS_CONTEXT_WORDS = {
        "address", "addresses", "addr", "lives", "living", "resides", "residing", "resident", "moved",
        "deliver", "delivery", "billing", "postal", "correspondence", "registered", "home", "ship"};

    /** A word that makes the number after it something other than a house number: "Chapter 3". */
    static final int NUMBERED_THING = 1 << 11;

    /** A word that starts the next part of a letter, never a town: "Dear", "Regards", "Tel". */
    static final int LETTER_WORD = 1 << 12;

    static final String[] LETTER_WORDS = {
        "dear", "hi", "hello", "re", "fw", "fwd", "thanks", "thank", "regards", "yours", "sincerely",
        "subject", "date", "tel", "telephone", "phone", "mobile", "email", "e", "fax", "ref", "our", "your",
        "to", "from", "attn", "fao", "the", "this", "we", "i"};

    static final String[] NUMBERED_THINGS = {
        "chapter", "page", "pages", "p", "pp", "section", "figure", "fig", "table", "step", "part", "version",
        "v", "volume", "vol", "issue", "item", "level", "grade", "year", "years", "week", "weeks", "day",
        "days", "platform", "route", "bus", "channel", "floor", "phase", "stage", "episode", "season",
        "series", "line", "paragraph", "para", "article", "clause", "schedule", "appendix", "no", "number",
        "ref", "order", "invoice", "account", "ticket", "case", "windows", "apollo", "top", "over", "under",
        "about", "around", "than", "only", "first", "last", "next", "every", "per", "x", "times"};

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
        "bank", "studios", "records", "films", "productions", "media", "software", "systems",
        "services", "solutions", "consulting", "technologies", "labs", "ventures", "capital", "ward",
        "unit", "wing", "suite", "project", "programme", "act", "bill", "law", "effect", "syndrome",
        "disease", "cup", "trophy", "stakes", "medal", "rule", "method", "test", "scale"};

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
            .addAll(NAME_CONTEXT, NAME_CONTEXT_WORDS)
            .addAll(NUMBERED_THING, NUMBERED_THINGS)
            .addAll(LETTER_WORD, LETTER_WORDS)
            .addAll(ADDRESS_CONTEXT, ADDRESS_CONTEXT_WORDS)
            .build();
    /*
     * The context scans look up every word near a candidate, and nearly every word is in the big
     * table (common words are): a table of just the context words stays in the L1 cache and gives
     * the same answer for its flag.
     */
    private static final WordTable NAME_CONTEXT_TABLE = new WordTable.Builder()
            .addAll(NAME_CONTEXT, NAME_CONTEXT_WORDS).build();
    private static final WordTable ADDRESS_CONTEXT_TABLE = new WordTable.Builder()
            .addAll(ADDRESS_CONTEXT, ADDRESS_CONTEXT_WORDS).build();

    private NameLexicon() {
    }

    static int flags(char[] buf, int from, int to) {
        return TABLE.get(buf, from, to);
    }

    /**
     * True when a word carrying {@code flag} is within {@link ScanWindow#CONTEXT_BEFORE} characters
     * before [start, end) or {@link ScanWindow#CONTEXT_AFTER} after it: a hash lookup per nearby
     * word instead of a phrase search, because name candidates are frequent.
     */
    static boolean wordNear(ScanWindow w, int start, int end, int flag) {
        WordTable table = flag == NAME_CONTEXT ? NAME_CONTEXT_TABLE : flag == ADDRESS_CONTEXT ? ADDRESS_CONTEXT_TABLE : TABLE;
        return wordIn(table, w, Math.max(w.textStart(), start - ScanWindow.CONTEXT_BEFORE), start, flag)
                || wordIn(table, w, end, Math.min(w.limit(), end + ScanWindow.CONTEXT_AFTER), flag);
    }

    private static boolean wordIn(WordTable table, ScanWindow w, int from, int to, int flag) {
        char[] b = w.chars();
        int i = from;
        // a word cut by the start of the range is not a whole word
        while (i > w.textStart() && i < to && ScanWindow.isWordChar(b[i - 1]) && ScanWindow.isWordChar(b[i])) i++;
        while (i < to) {
            if (!ScanWindow.isWordChar(b[i])) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < w.limit() && ScanWindow.isWordChar(b[e])) e++;
            if (e > to && to < w.limit()) return false;
            if (e - i <= 16 && (table.get(b, i, e) & flag) != 0) return true;
            i = e;
        }
        return false;
    }

    /** Flags of the word that ends just before pos (after one space or "No." style punctuation), or 0. */
    static int previousWordFlags(ScanWindow w, int pos) {
        char[] b = w.chars();
        int i = pos - 1;
        if (i < w.textStart() || b[i] != ' ') return 0;
        i--;
        if (i >= w.textStart() && (b[i] == '.' || b[i] == ':' || b[i] == '#')) i--;
        int e = i + 1;
        while (i >= w.textStart() && ScanWindow.isWordChar(b[i]) && e - i <= 16) i--;
        return e - i > 1 ? TABLE.get(b, i + 1, e) : 0;
    }

    static int flags(String word) {
        return TABLE.get(word);
    }
}
