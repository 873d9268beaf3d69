package org.custodian.corpus;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic identifiers, each valid by the rules real ones follow (check digits, issued prefixes,
 * structure), and their look-alikes that break exactly one rule. Values only; where they appear
 * and with which words is the generator's business.
 */
final class Values {
    private static final String NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"; // no D F I Q U V
    private static final String NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"; // no D F I O Q U V
    private static final List<String> NINO_BARRED = List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    static final List<String> POSTCODE_AREAS = List.of(
            "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH",
            "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E",
            "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "HA", "HD", "HG", "HP", "HR", "HS", "HU",
            "HX", "IG", "IP", "IV", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU",
            "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH",
            "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP",
            "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA",
            "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE");
    /** Two-letter pairs that are not postcode areas, for product codes shaped like postcodes. */
    static final List<String> NOT_AREAS = List.of("XJ", "QA", "KD", "ZX", "VB", "JK", "XR", "QT", "VN", "UZ");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"; // no C I K M O V
    private static final String ALNUM_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String HEX = "0123456789abcdef";
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private final SplittableRandom r;

    Values(SplittableRandom r) {
        this.r = r;
    }

    int n(int bound) {
        return r.nextInt(bound);
    }

    int between(int lo, int hiInclusive) {
        return lo + r.nextInt(hiInclusive - lo + 1);
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    <T> T pick(List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    String pick(String... xs) {
        return xs[r.nextInt(xs.length)];
    }

    int pick(int... xs) {
        return xs[r.nextInt(xs.length)];
    }

    char pickChar(String s) {
        return s.charAt(r.nextInt(s.length()));
    }

    String digits(int count) {
        char[] c = new char[count];
        for (int i = 0; i < count; i++) c[i] = (char) ('0' + r.nextInt(10));
        return new String(c);
    }

    String from(String alphabet, int count) {
        char[] c = new char[count];
        for (int i = 0; i < count; i++) c[i] = pickChar(alphabet);
        return new String(c);
    }

    // ---- NHS number ---------------------------------------------------------------------------

    /** Ten digits passing modulus 11, from the ranges issued in England and Wales (4xx-7xx). */
    String nhsDigits(boolean valid) {
        while (true) {
            String nine = chance(0.1) ? "3" + between(2, 9) + digits(7) : pick("4", "4", "6", "7") + digits(8);
            int sum = 0;
            for (int i = 0; i < 9; i++) sum += (nine.charAt(i) - '0') * (10 - i);
            int check = 11 - sum % 11;
            if (check == 11) check = 0;
            if (check == 10) continue;
            if (valid) return nine + check;
            return nine + (char) ('0' + (check + 1 + r.nextInt(9)) % 10);
        }
    }

    String nhsFormatted(String ten, int style) {
        switch (style) {
            case 0: return ten.substring(0, 3) + " " + ten.substring(3, 6) + " " + ten.substring(6);
            case 1: return ten.substring(0, 3) + "-" + ten.substring(3, 6) + "-" + ten.substring(6);
            default: return ten;
        }
    }

    // ---- National Insurance number -----------------------------------------------------------

    String ninoCompact(boolean valid) {
        String prefix;
        do {
            prefix = "" + pickChar(NINO_FIRST) + pickChar(NINO_SECOND);
        } while (NINO_BARRED.contains(prefix));
        String six = digits(6);
        char suffix = pickChar("ABCD");
        if (!valid) {
            switch (n(4)) {
                case 0: prefix = pick("QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY", "OV", "AO", "IQ", "UV"); break;
                case 1: prefix = "" + pickChar("DFIQUV") + pickChar(NINO_SECOND); break;
                default: suffix = pickChar("EFGHJKXZ");
            }
        }
        return prefix + six + suffix;
    }

    String ninoFormatted(String compact, int style) {
        String p = compact.substring(0, 2), d = compact.substring(2, 8), s = compact.substring(8);
        switch (style) {
            case 0: return compact;
            case 1: return p + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + s;
            case 2: return p + d + " " + s;
            case 3: return p + " " + d + " " + s;
            default: return p + "-" + d.substring(0, 2) + "-" + d.substring(2, 4) + "-" + d.substring(4) + "-" + s;
        }
    }

    // ---- Payment card ------------------------------------------------------------------------

    /** A Luhn-valid number with a real issuer prefix; the scheme decides length and grouping. */
    String cardDigits(boolean valid) {
        String prefix;
        int length;
        switch (n(10)) {
            case 0: case 1: case 2: case 3: prefix = "4" + digits(5); length = 16; break;          // Visa
            case 4: case 5: prefix = "5" + between(1, 5) + digits(4); length = 16; break;          // Mastercard
            case 6: prefix = String.valueOf(between(2221, 2720)) + digits(2); length = 16; break;  // Mastercard 2-series
            case 7: prefix = pick("34", "37") + digits(4); length = 15; break;                     // Amex
            case 8: prefix = pick("6011", "6759", "6304") + digits(2); length = 16; break;         // Discover / Maestro UK
            default: prefix = String.valueOf(between(3528, 3589)) + digits(2); length = 16; break; // JCB
        }
        String body = prefix + digits(length - 1 - prefix.length());
        int check = luhnCheckDigit(body);
        if (!valid) check = (check + 1 + n(9)) % 10;
        return body + check;
    }

    static int luhnCheckDigit(String body) {
        int sum = 0;
        boolean dbl = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    String cardFormatted(String digits, int style) {
        if (style == 2) return digits;
        char sep = style == 0 ? ' ' : '-';
        if (digits.length() == 15) {
            return digits.substring(0, 4) + sep + digits.substring(4, 10) + sep + digits.substring(10);
        }
        return group(digits, 4, sep);
    }

    static String group(String s, int size, char sep) {
        StringBuilder b = new StringBuilder(s.length() + s.length() / size);
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % size == 0) b.append(sep);
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    // ---- IBAN ----------------------------------------------------------------------------------

    String iban(boolean valid) {
        String country;
        String bban;
        switch (n(10)) {
            case 0: case 1: case 2: case 3:
                country = "GB";
                bban = pick("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ") + digits(6) + digits(8);
                break;
            case 4: country = "DE"; bban = digits(8) + digits(10); break;
            case 5: country = "FR"; bban = frenchBban(); break;
            case 6: country = "ES"; bban = spanishBban(); break;
            case 7: country = "NL"; bban = pick("ABNA", "INGB", "RABO", "TRIO") + dutchAccount(); break;
            case 8: country = "IE"; bban = pick("AIBK", "BOFI", "IPBS") + digits(6) + digits(8); break;
            default: country = "BE"; bban = belgianBban(); break;
        }
        String check = ibanCheckDigits(country, bban);
        String iban = country + check + bban;
        if (!valid) {
            // one wrong digit always breaks mod 97 (it detects every single-character error)
            int i = 4 + n(bban.length());
            while (!Character.isDigit(iban.charAt(i))) i = 4 + n(bban.length());
            char wrong = (char) ('0' + (iban.charAt(i) - '0' + 1 + n(9)) % 10);
            iban = iban.substring(0, i) + wrong + iban.substring(i + 1);
        }
        return iban;
    }

    static String ibanCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            if (Character.isLetter(c)) numeric.append(c - 'A' + 10);
            else numeric.append(c);
        }
        int mod = new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        int check = 98 - mod;
        return check < 10 ? "0" + check : String.valueOf(check);
    }

    /** RIB: bank(5) branch(5) account(11) key(2), key = 97 - (89 b + 15 g + 3 a) mod 97. */
    private String frenchBban() {
        String bank = digits(5), branch = digits(5), account = digits(11);
        BigInteger sum = new BigInteger(bank).multiply(BigInteger.valueOf(89))
                .add(new BigInteger(branch).multiply(BigInteger.valueOf(15)))
                .add(new BigInteger(account).multiply(BigInteger.valueOf(3)));
        int key = 97 - sum.mod(BigInteger.valueOf(97)).intValue();
        return bank + branch + account + (key < 10 ? "0" + key : String.valueOf(key));
    }

    private String spanishBban() {
        String bank = digits(4), branch = digits(4), account = digits(10);
        return bank + branch + spanishCheck("00" + bank + branch) + spanishCheck(account) + account;
    }

    private static int spanishCheck(String tenDigits) {
        int[] weights = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += (tenDigits.charAt(i) - '0') * weights[i];
        int d = 11 - sum % 11;
        return d == 11 ? 0 : d == 10 ? 1 : d;
    }

    /** Ten digits passing the Dutch "elfproef" (weights 10..1, sum divisible by 11). */
    private String dutchAccount() {
        while (true) {
            String a = digits(10);
            int sum = 0;
            for (int i = 0; i < 10; i++) sum += (a.charAt(i) - '0') * (10 - i);
            if (sum % 11 == 0 && a.charAt(0) != '0') return a;
        }
    }

    private String belgianBban() {
        String ten = digits(10);
        long mod = Long.parseLong(ten) % 97;
        if (mod == 0) mod = 97;
        return ten + (mod < 10 ? "0" + mod : String.valueOf(mod));
    }

    String ibanFormatted(String iban, boolean grouped) {
        return grouped ? group(iban, 4, ' ') : iban;
    }

    // ---- UK bank account -------------------------------------------------------------------------

    String sortCode(char sep) {
        String d = pick("20", "30", "40", "60", "77", "09", "11", "23", "04", "16", "83", "87") + digits(4);
        return sep == 0 ? d : d.substring(0, 2) + sep + d.substring(2, 4) + sep + d.substring(4);
    }

    String accountNumber() {
        return (char) ('1' + n(9)) + digits(7);
    }

    // ---- Passport ------------------------------------------------------------------------------

    String passport() {
        if (chance(0.25)) return "" + pickChar("ABCEGHJKLMNPRSTWXYZ") + pickChar("ABCEGHJKLMNPRSTWXYZ") + digits(7);
        return (char) ('1' + n(9)) + digits(8);
    }

    // ---- Driving licence -----------------------------------------------------------------------

    /**
     * The DVLA layout: surname (5, padded with 9), decade digit, month (+50 for women), day, year
     * digit, two initials (padded with 9), an arbitrary digit (usually 9), two check letters.
     */
    String drivingLicence(Person p, boolean valid) {
        StringBuilder s = new StringBuilder(16);
        String surname = p.surname().toUpperCase().replaceAll("[^A-Z]", "");
        if (surname.startsWith("MAC")) surname = "MC" + surname.substring(3);
        for (int i = 0; i < 5; i++) s.append(i < surname.length() ? surname.charAt(i) : '9');
        LocalDate dob = p.dob();
        int month = dob.getMonthValue() + (p.female() ? 50 : 0);
        int day = dob.getDayOfMonth();
        if (!valid) {
            if (chance(0.5)) month = pick(List.of(0, 13, 19, 49, 63, 71));
            else day = pick(List.of(0, 32, 45, 99));
        }
        s.append((dob.getYear() / 10) % 10);
        s.append(month < 10 ? "0" + month : String.valueOf(month));
        s.append(day < 10 ? "0" + day : String.valueOf(day));
        s.append(dob.getYear() % 10);
        s.append(p.first().toUpperCase().charAt(0));
        s.append(p.middle() == null ? '9' : p.middle().toUpperCase().charAt(0));
        s.append(chance(0.9) ? '9' : (char) ('0' + n(9)));
        s.append(from("ABCDEFGHJKLMNPRSTUVWXYZ", 2));
        return s.toString();
    }

    // ---- Contact details -----------------------------------------------------------------------

    /** Numbers from Ofcom's ranges reserved for drama, in the forms people write them. */
    String phone() {
        String national; // without the leading 0, digits only, grouping marks as spaces
        switch (n(9)) {
            case 0: case 1: national = "20 7946 0" + digits(3); break;
            case 2: national = "113 496 0" + digits(3); break;
            case 3: national = pick("114", "115", "116", "117", "118", "121", "131", "141", "151", "161")
                    + " 496 0" + digits(3); break;
            case 4: national = "191 498 0" + digits(3); break;
            case 5: national = "1632 960" + digits(3); break;
            case 6: national = "28 9649 6" + digits(3); break;
            default: national = "7700 900" + digits(3); break;
        }
        switch (n(8)) {
            case 0: return "+44 " + national;
            case 1: return "+44 (0)" + national;
            case 2: return "+44" + national.replace(" ", "");
            case 3: return "0" + national.replace(" ", "");
            case 4: {
                int sp = national.indexOf(' ');
                return "(0" + national.substring(0, sp) + ")" + national.substring(sp);
            }
            case 5:
                if (national.startsWith("7700")) return "07700 " + national.substring(5, 8) + " " + national.substring(8);
                return "0" + national;
            default: return "0" + national;
        }
    }

    /** Numbers shaped like UK phone numbers but in unallocated ranges or of impossible length. */
    String invalidPhone() {
        switch (n(4)) {
            case 0: return "04" + digits(2) + " " + digits(3) + " " + digits(4);
            case 1: return "06" + digits(2) + " " + digits(3) + " " + digits(4);
            case 2: return "020 7946 0" + digits(3) + digits(3);
            default: return "+44 " + digits(3);
        }
    }

    String email(Person p) {
        String local;
        switch (n(5)) {
            case 0: local = p.first() + "." + p.surname(); break;
            case 1: local = p.first().charAt(0) + p.surname(); break;
            case 2: local = p.first() + p.surname() + between(1, 99); break;
            case 3: local = p.first() + "_" + p.surname().charAt(0) + between(60, 99); break;
            default: local = p.surname() + "." + p.first().charAt(0); break;
        }
        local = local.toLowerCase().replaceAll("[^a-z0-9._]", "");
        String domain = pick("gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk",
                "nhs.net", "sky.com", "virginmedia.com", "icloud.com", "northfield-council.gov.uk",
                "brightwater.co.uk", "acme-logistics.com");
        return local + "@" + domain;
    }

    // ---- Postcode ------------------------------------------------------------------------------

    String postcode(String area) {
        String outward;
        if (area.length() == 2 && ("EC".equals(area) || "WC".equals(area))) {
            outward = area + between(1, 4) + pickChar("ABMNPRVWXY");
        } else if (area.length() == 1 && ("W".equals(area) || "E".equals(area)) && chance(0.2)) {
            outward = "W".equals(area) ? "W1" + pickChar("ABCDFGHJKSTUW") : "E1W";
        } else if (area.length() == 1) {
            outward = area + between(1, chance(0.5) ? 9 : 20);
        } else {
            outward = area + between(1, chance(0.6) ? 9 : 30);
        }
        String inward = "" + n(10) + pickChar(INWARD_LETTERS) + pickChar(INWARD_LETTERS);
        return outward + " " + inward;
    }

    String productCodeLikePostcode() {
        return pick(NOT_AREAS) + between(1, 30) + " " + n(10) + pickChar(INWARD_LETTERS) + pickChar(INWARD_LETTERS);
    }

    // ---- Dates ---------------------------------------------------------------------------------

    LocalDate dateOfBirth() {
        return LocalDate.of(between(1938, 2006), between(1, 12), 1).plusDays(n(28));
    }

    LocalDate recentDate() {
        return LocalDate.of(between(2022, 2026), between(1, 12), between(1, 28));
    }

    String date(LocalDate d, int style) {
        int dd = d.getDayOfMonth(), mm = d.getMonthValue(), y = d.getYear();
        String d2 = dd < 10 ? "0" + dd : String.valueOf(dd), m2 = mm < 10 ? "0" + mm : String.valueOf(mm);
        String month = MONTHS[mm - 1];
        switch (style) {
            case 0: return d2 + "/" + m2 + "/" + y;
            case 1: return d2 + "-" + m2 + "-" + y;
            case 2: return y + "-" + m2 + "-" + d2;
            case 3: return dd + " " + month + " " + y;
            case 4: return dd + ordinal(dd) + " " + month + " " + y;
            case 5: return dd + " " + month.substring(0, 3) + " " + y;
            case 6: return month + " " + dd + ", " + y;
            case 7: return d2 + "." + m2 + "." + y;
            case 8: return dd + "/" + mm + "/" + y;
            default: return d2 + "/" + m2 + "/" + two(y % 100);
        }
    }

    static final int DATE_STYLES = 10;

    private static String ordinal(int d) {
        if (d >= 11 && d <= 13) return "th";
        switch (d % 10) {
            case 1: return "st";
            case 2: return "nd";
            case 3: return "rd";
            default: return "th";
        }
    }

    String timestamp() {
        LocalDate d = recentDate();
        return d + "T" + two(n(24)) + ":" + two(n(60)) + ":" + two(n(60)) + "." + digits(3) + "Z";
    }

    static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    // ---- Network and secrets -----------------------------------------------------------------

    String ipv4() {
        switch (n(6)) {
            case 0: return "192.0.2." + between(1, 254);
            case 1: return "198.51.100." + between(1, 254);
            case 2: return "203.0.113." + between(1, 254);
            case 3: return "10." + n(256) + "." + n(256) + "." + between(1, 254);
            case 4: return "192.168." + n(256) + "." + between(1, 254);
            default: return between(11, 223) + "." + n(256) + "." + n(256) + "." + between(1, 254);
        }
    }

    String ipv6() {
        return "2001:db8:" + Integer.toHexString(n(65536)) + ":" + Integer.toHexString(n(65536)) + "::"
                + Integer.toHexString(between(1, 65535));
    }

    String versionString() {
        switch (n(5)) {
            case 0: return between(1, 9) + "." + n(10) + "." + n(10) + "." + n(10);
            case 1: return "v" + between(1, 20) + "." + n(10) + "." + n(20);
            case 2: return between(1, 5) + "." + n(30) + "." + n(200) + "." + between(1000, 9999);
            case 3: return "1.3.6.1.4.1." + between(100, 60000);
            default: return between(1, 3) + "." + n(20) + "." + n(50);
        }
    }

    String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + pickChar("89ab") + hex(3) + "-" + hex(12);
    }

    String hex(int count) {
        return from(HEX, count);
    }

    String awsAccessKeyId() {
        return pick("AKIA", "ASIA") + from(BASE32, 16);
    }

    String awsSecret() {
        return from(B64, 40);
    }

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** GitHub's 2021 token format: 30 random base62 characters, then their CRC32 in six base62 digits. */
    String githubToken() {
        String random = from(BASE62, 30);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(random.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long c = crc.getValue();
        char[] check = new char[6];
        for (int i = 5; i >= 0; i--) {
            check[i] = BASE62.charAt((int) (c % 62));
            c /= 62;
        }
        return pick("ghp_", "gho_", "ghs_") + random + new String(check);
    }

    String password() {
        String base = pick("Summer", "Kestrel", "Blue", "Harbour", "Granite", "Maple", "Tango", "Orbit", "Falcon");
        return base + pick("!", "#", "$", "%", "&", "*") + digits(2 + n(3)) + pick("x", "Q", "zz", "Lp", "");
    }

    String placeholderPassword() {
        return pick("${DB_PASSWORD}", "<your-password-here>", "********", "changeme_in_prod_env_var",
                "{{ vault_db_password }}", "%(PASSWORD)s", "xxxxxxxx", "REDACTED", "<secret>", "$PASSWORD");
    }

    String pemBody(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) b.append(from(B64, 64)).append('\n');
        b.append(from(B64, 20 + n(40))).append("==\n");
        return b.toString();
    }

    String orderNumber() {
        switch (n(5)) {
            case 0: return "ORD-" + digits(8);
            case 1: return digits(10);
            case 2: return "INV" + digits(6);
            case 3: return digits(9);
            default: return pick("1Z", "JD", "TT") + from(ALNUM_UPPER, 14);
        }
    }
}
