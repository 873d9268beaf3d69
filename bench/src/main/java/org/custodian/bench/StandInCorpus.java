package org.custodian.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * A stand-in for the corpus module's generator while it is not on main: seeded mixed text of three
 * kinds of document, in the proportions a file share or a mail export shows.
 * <ul>
 *   <li>letters (~45% of bytes): prose with a few identifiers each, in the way people write them
 *       ("NHS number 943 476 5919", "date of birth 12/03/1985");</li>
 *   <li>CSV exports (~30%): a header row and rows of customer or order records, dense with values;</li>
 *   <li>JSON logs (~25%): request logs with IPs, e-mails, session ids, UUIDs and order numbers.</li>
 * </ul>
 * Values are synthetic: NHS numbers pass mod 11, cards pass Luhn, IBANs pass mod 97, phone numbers
 * come from Ofcom's drama ranges, addresses and names from short invented lists. Hard negatives
 * (order and invoice numbers, versions, timestamps, amounts, ids) sit beside them so the detectors'
 * rejection paths cost what they cost on real text.
 */
final class StandInCorpus {
    private static final String[] FIRST = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophia", "Lily",
        "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie",
        "Priya", "Aisha", "Siobhan", "Rhys", "Callum", "Eilidh", "Dylan", "Megan", "Thomas", "Emily"};
    private static final String[] LAST = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
        "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White",
        "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Patel", "Khan", "Campbell", "O'Neill"};
    private static final String[] STREET = {"Acacia Avenue", "High Street", "Station Road", "Church Lane",
        "Victoria Road", "Park Road", "Mill Lane", "Kings Road", "The Crescent", "Queensway", "Elm Grove"};
    private static final String[] TOWN = {"London", "Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich",
        "York", "Belfast", "Exeter", "Derby", "Swansea", "Reading", "Bath", "Hull"};
    private static final String[] AREA = {"SW", "NW", "E", "N", "LS", "BS", "CF", "G", "NR", "YO", "BT", "EX",
        "DE", "SA", "RG", "BA", "HU", "M", "B", "EH"};
    private static final String[] FILLER = {
        "Thank you for your letter regarding the appointment last month.",
        "We have reviewed the information you provided and updated our records accordingly.",
        "Please contact the practice if any of the details below are incorrect.",
        "The follow-up clinic will take place at the main hospital site in the outpatients wing.",
        "Your request has been passed to the relevant team, who will respond within ten working days.",
        "If you need this letter in another format, let us know and we will arrange it.",
        "Parking is available on site but spaces are limited during the morning.",
        "We apologise for the delay in replying, which was caused by a backlog of correspondence.",
        "The balance shown on your statement includes the adjustment made on the last billing date.",
        "Kind regards, and thank you for your patience while we resolved this matter.",
        "Attached you will find a copy of the signed agreement for your files.",
        "Version 2.4.1 of the portal was released on 03/04/2024 with minor fixes.",
        "Your order 4471 2209 was dispatched on 14.02.2024 and should arrive within 3-5 days.",
        "Invoice INV-2024-00917 for 1,249.50 GBP is due for payment within 30 days.",
    };
    private static final String[] PATHS = {"/api/v1/patients", "/api/v1/orders", "/login", "/account/settings",
        "/static/app.js", "/api/v2/payments", "/health", "/search"};

    /** Share of bytes: letters, CSV exports, JSON logs. */
    private static final double[] SHARE = {0.45, 0.30, 0.25};

    private final SplittableRandom rnd;
    private final StringBuilder sb = new StringBuilder(1 << 16);

    StandInCorpus(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** Writes whole documents until at least {@code targetBytes} characters (ASCII, so bytes) are out. */
    static void writeMixed(long seed, long targetBytes, Writer out) throws IOException {
        StandInCorpus g = new StandInCorpus(seed);
        long[] bytesByKind = new long[3];
        long written = 0;
        while (written < targetBytes) {
            g.sb.setLength(0);
            // the kind furthest below its share of bytes goes next, so the mix holds at any size
            int kind = 0;
            for (int k = 1; k < 3; k++) {
                if (bytesByKind[k] / SHARE[k] < bytesByKind[kind] / SHARE[kind]) kind = k;
            }
            if (kind == 0) g.letter();
            else if (kind == 1) g.csv();
            else g.jsonLog();
            out.append(g.sb);
            bytesByKind[kind] += g.sb.length();
            written += g.sb.length();
        }
    }

    private void letter() {
        String first = pick(FIRST);
        String last = pick(LAST);
        sb.append(num(1, 200)).append(' ').append(pick(STREET)).append('\n')
                .append(pick(TOWN)).append('\n').append(postcode()).append("\n\n")
                .append(dmy('/')).append("\n\nDear ").append(rnd.nextBoolean() ? "Mr " : "Ms ").append(last)
                .append(",\n\n");
        int paragraphs = 2 + rnd.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + rnd.nextInt(4);
            for (int s = 0; s < sentences; s++) sb.append(pick(FILLER)).append(' ');
            switch (rnd.nextInt(6)) {
                case 0 -> sb.append("Patient: ").append(first).append(' ').append(last).append(", NHS number ")
                        .append(nhs(true)).append(", date of birth ").append(dmy('/')).append('.');
                case 1 -> sb.append("Please call us on ").append(phone()).append(" or email ")
                        .append(email(first, last)).append('.');
                case 2 -> sb.append("Your National Insurance number ").append(nino(true))
                        .append(" has been recorded against your account.");
                case 3 -> sb.append("Payments will be taken from sort code ").append(sortCode())
                        .append(", account ").append(digits(8)).append('.');
                case 4 -> sb.append("The refund was made to the card ending ").append(digits(4))
                        .append("; reference ").append(digits(10)).append('.');
                default -> sb.append("IBAN: ").append(iban(true)).append(" (").append(first).append(' ').append(last)
                        .append(").");
            }
            sb.append("\n\n");
        }
        sb.append("Yours sincerely,\n\n").append(pick(FIRST)).append(' ').append(pick(LAST))
                .append("\nPatient Services\n\n");
    }

    private void csv() {
        boolean customers = rnd.nextBoolean();
        int rows = 50 + rnd.nextInt(300);
        if (customers) {
            sb.append("id,first_name,last_name,date_of_birth,nhs_number,ni_number,email,phone,address,postcode\n");
            for (int r = 0; r < rows; r++) {
                String first = pick(FIRST);
                String last = pick(LAST);
                sb.append(100000 + rnd.nextInt(900000)).append(',').append(first).append(',').append(last)
                        .append(',').append(iso()).append(',').append(nhs(rnd.nextBoolean())).append(',')
                        .append(nino(false)).append(',').append(email(first, last)).append(',').append(phone())
                        .append(",\"").append(num(1, 200)).append(' ').append(pick(STREET)).append(", ")
                        .append(pick(TOWN)).append("\",").append(postcode()).append('\n');
            }
        } else {
            sb.append("order_id,created,sku,qty,amount,card_number,status\n");
            for (int r = 0; r < rows; r++) {
                sb.append(digits(10)).append(',').append(iso()).append("T").append(num(10, 23)).append(':')
                        .append(num(10, 59)).append(":00Z,SKU-").append(digits(6)).append(',').append(num(1, 9))
                        .append(',').append(num(1, 999)).append('.').append(num(10, 99)).append(',')
                        .append(rnd.nextInt(4) == 0 ? card() : "").append(',')
                        .append(rnd.nextBoolean() ? "shipped" : "pending").append('\n');
            }
        }
        sb.append('\n');
    }

    private void jsonLog() {
        int lines = 100 + rnd.nextInt(400);
        for (int l = 0; l < lines; l++) {
            sb.append("{\"ts\":\"").append(iso()).append('T').append(num(10, 23)).append(':').append(num(10, 59))
                    .append(':').append(num(10, 59)).append('.').append(digits(3)).append("Z\",\"level\":\"")
                    .append(rnd.nextInt(10) == 0 ? "WARN" : "INFO").append("\",\"ip\":\"").append(ip())
                    .append("\",\"method\":\"").append(rnd.nextBoolean() ? "GET" : "POST").append("\",\"path\":\"")
                    .append(pick(PATHS)).append("\",\"status\":").append(rnd.nextInt(8) == 0 ? 404 : 200)
                    .append(",\"ms\":").append(rnd.nextInt(900)).append(",\"session\":\"").append(hex(32))
                    .append("\",\"request_id\":\"").append(uuid()).append('"');
            switch (rnd.nextInt(8)) {
                case 0 -> sb.append(",\"user\":\"").append(email(pick(FIRST), pick(LAST))).append('"');
                case 1 -> sb.append(",\"order\":").append(digits(10));
                case 2 -> sb.append(",\"msg\":\"payment declined for card ").append(card()).append('"');
                case 3 -> sb.append(",\"agent\":\"Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.6099.109\"");
                default -> { }
            }
            sb.append("}\n");
        }
        sb.append('\n');
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private int num(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    private String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('0' + rnd.nextInt(10));
        return new String(c);
    }

    private String hex(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = "0123456789abcdef".charAt(rnd.nextInt(16));
        return new String(c);
    }

    private String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12);
    }

    /** A valid NHS number from the issued ranges, grouped 3-3-4 with spaces when asked. */
    private String nhs(boolean grouped) {
        while (true) {
            int[] d = new int[10];
            d[0] = 4 + rnd.nextInt(4);
            int sum = d[0] * 10;
            for (int i = 1; i < 9; i++) {
                d[i] = rnd.nextInt(10);
                sum += d[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) check = 0;
            if (check == 10) continue;
            d[9] = check;
            StringBuilder b = new StringBuilder(12);
            for (int i = 0; i < 10; i++) {
                if (grouped && (i == 3 || i == 6)) b.append(' ');
                b.append(d[i]);
            }
            return b.toString();
        }
    }

    private String nino(boolean spaced) {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String p = "" + first.charAt(rnd.nextInt(first.length())) + second.charAt(rnd.nextInt(second.length()));
        if (p.equals("BG") || p.equals("GB") || p.equals("KN") || p.equals("NK") || p.equals("NT")
                || p.equals("TN") || p.equals("ZZ")) p = "AB";
        String d = digits(6);
        char s = "ABCD".charAt(rnd.nextInt(4));
        return spaced ? p + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + s
                : p + d + s;
    }

    private String card() {
        int[] d = new int[16];
        d[0] = rnd.nextBoolean() ? 4 : 5;
        if (d[0] == 5) d[1] = 1 + rnd.nextInt(5);
        else d[1] = rnd.nextInt(10);
        for (int i = 2; i < 15; i++) d[i] = rnd.nextInt(10);
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = d[i];
            if (i % 2 == 0) {
                v *= 2;
                if (v > 9) v -= 9;
            }
            sum += v;
        }
        d[15] = (10 - sum % 10) % 10;
        StringBuilder b = new StringBuilder(19);
        boolean spaced = rnd.nextBoolean();
        for (int i = 0; i < 16; i++) {
            if (spaced && i > 0 && i % 4 == 0) b.append(' ');
            b.append(d[i]);
        }
        return b.toString();
    }

    private String sortCode() {
        return digits(2) + "-" + digits(2) + "-" + digits(2);
    }

    /** A GB IBAN with a correct mod-97 check, grouped in fours when asked. */
    private String iban(boolean grouped) {
        String bban = "NWBK" + digits(6) + digits(8);
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + "GB00").toCharArray()) {
            if (c >= 'A' && c <= 'Z') numeric.append(c - 'A' + 10);
            else numeric.append(c);
        }
        int rem = 0;
        for (int i = 0; i < numeric.length(); i++) rem = (rem * 10 + numeric.charAt(i) - '0') % 97;
        int check = 98 - rem;
        String iban = "GB" + (check < 10 ? "0" : "") + check + bban;
        if (!grouped) return iban;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) b.append(' ');
            b.append(iban.charAt(i));
        }
        return b.toString();
    }

    private String phone() {
        return switch (rnd.nextInt(3)) {
            case 0 -> "07700 900" + digits(3);
            case 1 -> "+44 20 7946 0" + digits(3);
            default -> "0113 496 0" + digits(3);
        };
    }

    private String email(String first, String last) {
        return (first + "." + last).toLowerCase().replace("'", "") + (rnd.nextInt(4) == 0 ? digits(2) : "")
                + (rnd.nextBoolean() ? "@example.co.uk" : "@example.com");
    }

    private String postcode() {
        String a = pick(AREA);
        return a + num(1, 20) + " " + num(1, 9) + "ABDEFGHJLNPQRSTUWXYZ".charAt(rnd.nextInt(20))
                + "ABDEFGHJLNPQRSTUWXYZ".charAt(rnd.nextInt(20));
    }

    private String ip() {
        return switch (rnd.nextInt(3)) {
            case 0 -> "10." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256);
            case 1 -> "192.168." + rnd.nextInt(256) + "." + rnd.nextInt(256);
            default -> "203.0.113." + rnd.nextInt(256);
        };
    }

    private String iso() {
        return num(1940, 2005) + "-" + two(num(1, 12)) + "-" + two(num(1, 28));
    }

    private String dmy(char sep) {
        return two(num(1, 28)) + sep + two(num(1, 12)) + sep + num(1940, 2005);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
