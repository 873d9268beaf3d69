package org.custodian.engine.detectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.engine.InfoType;
import org.custodian.engine.Match;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.SpecialCategoryFlagger;

/**
 * Raises one special-category flag on a finding that identifies a person when one of a list of
 * terms is on the same line or within {@link #REACH} characters of it. Terms are whole words or
 * phrases, case-insensitive. It runs per finding, never per character, so a scan pays for it only
 * where it has already found something.
 */
public class TermProximityFlagger implements SpecialCategoryFlagger {
    /** How far before and after a finding a term still counts. */
    public static final int REACH = 150;
    /** A line longer than this is not searched whole, only within {@link #REACH}. */
    private static final int MAX_LINE = 300;

    public static final Set<InfoType> PERSON_TYPES = Set.of(
            InfoType.PERSON_NAME, InfoType.UK_NHS_NUMBER, InfoType.UK_NATIONAL_INSURANCE_NUMBER,
            InfoType.DATE_OF_BIRTH, InfoType.EMAIL_ADDRESS, InfoType.PHONE_NUMBER, InfoType.STREET_ADDRESS,
            InfoType.UK_PASSPORT_NUMBER, InfoType.UK_DRIVING_LICENCE_NUMBER);

    private static final int SINGLE = 1;
    private static final int PHRASE_START = 2;

    private final Set<String> flag;
    private final WordTable firstWords;
    /** First two letters (a-z) of every term's first word: most words are rejected without hashing. */
    private final boolean[] prefixes = new boolean[27 * 27];
    /** Rest of each phrase (after its first word), keyed by the first word. */
    private final Map<String, List<String[]>> phrases;

    public TermProximityFlagger(String flag, List<String> terms) {
        this.flag = Set.of(flag);
        WordTable.Builder table = new WordTable.Builder();
        Map<String, List<String[]>> rest = new HashMap<>();
        for (String term : terms) {
            String[] words = term.toLowerCase(java.util.Locale.ROOT).trim().split("[\\s-]+");
            prefixes[prefix(words[0].toCharArray(), 0, words[0].length())] = true;
            if (words.length == 1) {
                table.add(words[0], SINGLE);
            } else {
                table.add(words[0], PHRASE_START);
                String[] tail = new String[words.length - 1];
                System.arraycopy(words, 1, tail, 0, tail.length);
                rest.computeIfAbsent(words[0], k -> new ArrayList<>()).add(tail);
            }
        }
        this.firstWords = table.build();
        this.phrases = rest;
    }

    @Override
    public Set<String> flags(Match match, ScanWindow w) {
        if (!PERSON_TYPES.contains(match.infoType())) return Set.of();
        return termNear(w, match.start(), match.end()) ? flag : Set.of();
    }

    /** True when a term is within reach of [start, end) or on the same (not too long) line. */
    boolean termNear(ScanWindow w, int start, int end) {
        char[] b = w.chars();
        int from = Math.max(w.textStart(), start - REACH);
        int to = Math.min(w.limit(), end + REACH);
        int lineStart = start;
        while (lineStart > w.textStart() && b[lineStart - 1] != '\n' && start - lineStart < MAX_LINE) lineStart--;
        int lineEnd = end;
        while (lineEnd < w.limit() && b[lineEnd] != '\n' && lineEnd - end < MAX_LINE) lineEnd++;
        from = Math.min(from, lineStart);
        to = Math.max(to, lineEnd);
        // never start inside a word cut by the reach
        while (from > w.textStart() && from < to && ScanWindow.isWordChar(b[from - 1])) from++;
        int i = from;
        while (i < to) {
            if (!ScanWindow.isWordChar(b[i])) {
                i++;
                continue;
            }
            int e = wordEnd(b, i, w.limit());
            if (e > to) break;
            if (!prefixes[prefix(b, i, e)]) {
                i = e;
                continue;
            }
            int f = firstWords.get(b, i, e);
            if ((f & SINGLE) != 0 || ((f & PHRASE_START) != 0 && phraseFollows(w, i, e, to))) return true;
            i = e;
        }
        return false;
    }

    /** Index of the word's first two letters folded to a-z; 0 stands for anything else. */
    private static int prefix(char[] b, int from, int to) {
        return letterIndex(b[from]) * 27 + (to - from > 1 ? letterIndex(b[from + 1]) : 0);
    }

    private static int letterIndex(char c) {
        char f = WordTable.fold(c);
        return f >= 'a' && f <= 'z' ? f - 'a' + 1 : 0;
    }

    /** Letters and digits, with an inner apostrophe kept ("alzheimer's"). */
    private static int wordEnd(char[] b, int from, int limit) {
        int i = from;
        while (i < limit) {
            char c = b[i];
            if (ScanWindow.isWordChar(c)) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < limit && ScanWindow.isWordChar(b[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private boolean phraseFollows(ScanWindow w, int start, int firstEnd, int to) {
        char[] b = w.chars();
        StringBuilder first = new StringBuilder(firstEnd - start);
        for (int k = start; k < firstEnd; k++) first.append(WordTable.fold(b[k]));
        List<String[]> tails = phrases.get(first.toString());
        if (tails == null) return false;
        outer:
        for (String[] tail : tails) {
            int i = firstEnd;
            for (String word : tail) {
                while (i < to && (b[i] == ' ' || b[i] == '-' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) i++;
                int e = wordEnd(b, i, to);
                if (e - i != word.length()) continue outer;
                for (int k = 0; k < word.length(); k++) {
                    if (WordTable.fold(b[i + k]) != word.charAt(k)) continue outer;
                }
                i = e;
            }
            return true;
        }
        return false;
    }
}
