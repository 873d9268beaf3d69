package org.custodian.engine.detectors;

import static org.custodian.engine.detectors.IdText.digitsFrom;
import static org.custodian.engine.detectors.IdText.isDigit;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.DigitRun;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * UK bank accounts: a sort code ("20-00-00", "20 00 00", or "200000" next to the words "sort
 * code") with an 8-digit account number close by, in either order, on the same line or the next
 * ("Sort code 20-00-00 Account 12345678", CSV columns sort_code,account_number). One finding
 * covers both; its canonical form is the sort code then the account number, 14 digits (see
 * {@code Canonical.bankAccount}). An account number with bank-account wording and no sort code is
 * reported alone, lower.
 *
 * <p>No modulus check: Vocalink's account validation needs its weight table (valacdos.txt) and
 * substitution table, which are distributed by Vocalink and not available to this build, so a
 * checksum-failing account cannot be told apart. Evidence is shape, pairing and context only.
 */
public final class UkBankAccountDetector implements Detector {
    private static final Hotwords SORT_CODE = Hotwords.of("sort code", "sortcode", "sort", "sort no", "s c");
    private static final Hotwords ACCOUNT = Hotwords.of(
            "account", "account number", "account no", "acc no", "acct", "acct no", "a c", "a c no", "acc");
    private static final Hotwords BANK = Hotwords.of(
            "bank", "bank account", "bank details", "banking", "bacs", "direct debit", "standing order",
            "building society", "beneficiary", "payee", "sort code", "sortcode", "faster payment");
    /** Any of these near a sort code and account pair says it is one. */
    private static final Hotwords PAIR = Hotwords.of(
            "sort code", "sortcode", "sort", "account", "account number", "account no", "acc no", "acct", "a c",
            "bank", "bank account", "bank details", "bacs", "direct debit", "standing order",
            "building society", "beneficiary", "payee");
    /** A 2-2-2 group after these is far more likely a date than a sort code. */
    private static final Hotwords DATE_WORDS = Hotwords.of(
            "date", "dob", "born", "birth", "expiry", "expires", "issued", "dated", "on");

    /** How far before a lone account number its label may be ("Account number: "). */
    private static final int ACCOUNT_LABEL_REACH = 32;
    /** How far apart (characters between them) a sort code and its account number may be. */
    private static final int MAX_GAP = 40;

    @Override
    public String id() {
        return "uk-bank-account";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.UK_BANK_ACCOUNT);
    }

    @Override
    public Triggers triggers() {
        // a sort code ("12-34-56", "123456") or an eight-digit account number first
        return Triggers.create().digits().digitGroup(2, 2).digitGroup(6, 6).digitGroup(8, 8);
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        // a sort code (12-34-56 or 123456) or an account number (12345678) first
        if (!IdText.firstGroupMayHaveLength(b, pos, lim, 2) && !IdText.firstGroupMayHaveLength(b, pos, lim, 6)
                && !IdText.firstGroupMayHaveLength(b, pos, lim, 8)) return;
        DigitRun run = w.digitRun(pos);
        int g0 = run.groupLength(0);
        if (g0 == 2 || g0 == 6) {
            sortCodeFirst(w, run, pos, out);
        } else if (g0 == 8) {
            accountFirst(w, run, pos, out);
        }
    }

    private void sortCodeFirst(ScanWindow w, DigitRun run, int pos, Matches out) {
        char[] b = w.chars();
        int sortEnd;
        boolean contiguous = run.groupLength(0) == 6;
        if (contiguous) {
            sortEnd = run.groupEnd(0);
            if (run.groups() > 1 && run.separatorAfter(w, 0) != ' ') return;
        } else {
            if (!run.shape(3, 2, 2, 2) || !run.sameSeparator(w, 3)) return;
            char sep = run.separatorAfter(w, 0);
            if (sep != '-' && sep != ' ') return;
            // "01 20 00 00 ...": a later pair of a longer spaced number (a phone number, a list)
            if (pos - 2 >= w.textStart() && b[pos - 1] == sep && isDigit(b[pos - 2])) return;
            sortEnd = run.groupEnd(2);
            if (run.groups() > 3) {
                char next = run.separatorAfter(w, 2);
                if (next != ' ') return; // 12-34-56-78, 12-34-56.7, 12-34-56/78
                if (sep == ' ' && run.groupLength(3) != 8) return; // 01 23 45 67 89
            }
        }
        // after the shape tests: most two-digit numbers (times, dates) fail those first
        if (w.continuesNumberBefore(pos)) return;
        if (run.groups() == (contiguous ? 1 : 3) && w.continuesNumberAfter(sortEnd)) return;

        if (accountJustBefore(w, pos)) return; // "12345678, 20-00-00": reported from the account
        int accountStart = accountAfter(w, sortEnd);
        if (accountStart < 0) return;
        int end = accountStart + 8;
        boolean named = w.hasContext(pos, end, PAIR) || w.hasContextBefore(accountStart, accountStart - sortEnd, PAIR);
        double score;
        if (named) {
            score = 0.9;
        } else if (contiguous) {
            return; // six digits then eight digits, with nothing saying bank: any two ids
        } else {
            score = looksLikeDate(run) ? 0.45 : 0.65;
            if (w.hasContextBefore(pos, 24, DATE_WORDS)) score -= 0.3;
            score += IdText.contextAdjustment(w, pos, end, BANK, 0);
        }
        String canonical = IdText.digits(w, pos, sortEnd) + IdText.digits(w, accountStart, end);
        out.add(InfoType.UK_BANK_ACCOUNT, pos, end, score, canonical, this);
    }

    private void accountFirst(ScanWindow w, DigitRun run, int pos, Matches out) {
        int accountEnd = run.groupEnd(0);
        if (w.continuesNumberBefore(pos) || w.continuesNumberAfter(accountEnd)) return;
        char[] b = w.chars();
        int lim = Math.min(w.limit(), accountEnd + MAX_GAP);
        // a sort code written after the account, on the same line
        for (int j = accountEnd; j < lim && b[j] != '\n'; j++) {
            if (!isDigit(b[j])) continue;
            if (w.isBoundary(j - 1)) {
                int sortEnd = sortCodeAt(w, j);
                if (sortEnd > 0 && (w.hasContextBefore(j, j - accountEnd + 24, SORT_CODE)
                        || w.hasContext(pos, sortEnd, BANK) || w.inColumnHeader(j, SORT_CODE))) {
                    String canonical = IdText.digits(w, j, sortEnd) + IdText.digits(w, pos, accountEnd);
                    out.add(InfoType.UK_BANK_ACCOUNT, pos, sortEnd, 0.9, canonical, this);
                    return;
                }
            }
            break; // another number stands between: not a pair
        }
        // alone, the number must be labelled: the label just before it, or its column's header
        if (!w.hasContextBefore(pos, ACCOUNT_LABEL_REACH, ACCOUNT) && !w.inColumnHeader(pos, ACCOUNT)) return;
        // a sort code just before is reported by sortCodeFirst with both parts
        double score = 0.45 + (w.hasContext(pos, accountEnd, BANK) ? 0.2 : 0);
        if (w.hasContextBefore(pos, 24, IdText.OTHER_NUMBERS)) score -= 0.3;
        if (isCompactDate(run)) score -= 0.2; // "Account opened 20240115"

        out.add(InfoType.UK_BANK_ACCOUNT, pos, accountEnd, score, IdText.digits(w, pos, accountEnd), this);
    }

    /**
     * Start of a standalone 8-digit number after {@code from}: within {@link #MAX_GAP} characters,
     * on the same line or the next, with no other number in between; -1 when there is none.
     */
    private static int accountAfter(ScanWindow w, int from) {
        char[] b = w.chars();
        int lim = Math.min(w.limit(), from + MAX_GAP + 1);
        int lines = 0;
        for (int j = from; j < lim; j++) {
            char c = b[j];
            if (c == '\n' && ++lines > 1) return -1;
            if (!isDigit(c)) continue;
            if (!w.isBoundary(j - 1) || w.continuesNumberBefore(j)) return -1;
            if (digitsFrom(b, j, w.limit()) != 8 || w.continuesNumberAfter(j + 8)) return -1;
            return j;
        }
        return -1;
    }

    /**
     * True when the nearest number before pos on its line, within {@link #MAX_GAP} characters, is a
     * standalone 8-digit account number: then this sort code belongs to it, not to a number after.
     */
    private static boolean accountJustBefore(ScanWindow w, int pos) {
        char[] b = w.chars();
        int from = Math.max(w.textStart(), pos - MAX_GAP);
        int j = pos - 1;
        while (j >= from && b[j] != '\n' && !isDigit(b[j])) j--;
        if (j < from || !isDigit(b[j])) return false;
        int start = j;
        while (start > w.textStart() && isDigit(b[start - 1])) start--;
        return j + 1 - start == 8 && w.isBoundary(start - 1) && !w.continuesNumberBefore(start);
    }

    /** End of a sort code ("20-00-00", "20 00 00", "200000") standing alone at j, or -1. */
    private static int sortCodeAt(ScanWindow w, int j) {
        char[] b = w.chars();
        int lim = w.limit();
        int end;
        if (digitsFrom(b, j, lim) == 6) {
            end = j + 6;
        } else {
            if (j + 8 > lim || digitsFrom(b, j, lim) != 2) return -1;
            char sep = b[j + 2];
            if ((sep != '-' && sep != ' ') || b[j + 5] != sep) return -1;
            if (digitsFrom(b, j + 3, lim) != 2 || digitsFrom(b, j + 6, lim) != 2) return -1;
            end = j + 8;
            if (end + 1 < lim && b[end] == sep && isDigit(b[end + 1])) return -1;
        }
        return w.continuesNumberAfter(end) ? -1 : end;
    }

    /** Eight digits that read as yyyymmdd in 1900-2099. */
    private static boolean isCompactDate(DigitRun run) {
        long century = run.value(0, 2);
        long month = run.value(4, 6);
        long day = run.value(6, 8);
        return (century == 19 || century == 20) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** dd-mm-yy with a real day and month: a date as much as a sort code. */
    private static boolean looksLikeDate(DigitRun run) {
        long day = run.value(0, 2);
        long month = run.value(2, 4);
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
