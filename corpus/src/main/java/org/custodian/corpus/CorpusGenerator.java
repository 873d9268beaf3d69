package org.custodian.corpus;

import static org.custodian.engine.InfoType.CREDENTIALS;
import static org.custodian.engine.InfoType.DATE_OF_BIRTH;
import static org.custodian.engine.InfoType.EMAIL_ADDRESS;
import static org.custodian.engine.InfoType.IBAN;
import static org.custodian.engine.InfoType.IP_ADDRESS;
import static org.custodian.engine.InfoType.PAYMENT_CARD_NUMBER;
import static org.custodian.engine.InfoType.PERSON_NAME;
import static org.custodian.engine.InfoType.PHONE_NUMBER;
import static org.custodian.engine.InfoType.STREET_ADDRESS;
import static org.custodian.engine.InfoType.UK_BANK_ACCOUNT;
import static org.custodian.engine.InfoType.UK_DRIVING_LICENCE_NUMBER;
import static org.custodian.engine.InfoType.UK_NATIONAL_INSURANCE_NUMBER;
import static org.custodian.engine.InfoType.UK_NHS_NUMBER;
import static org.custodian.engine.InfoType.UK_PASSPORT_NUMBER;
import static org.custodian.engine.InfoType.UK_POSTCODE;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.custodian.engine.validate.Checksums;

/**
 * A seeded generator of synthetic, UK-realistic documents with exact labels: letters (NHS, DWP,
 * bank), CSV exports (customers, patients, payroll), JSON log lines, e-mails, configuration files
 * with secrets and free-text case notes. Every value is synthetic but valid by the rules real ones
 * follow; hard negatives (checksum-failing look-alikes, order numbers, version strings, dates that
 * are not birth dates, session ids, placeholder passwords ...) are planted among them unlabelled.
 *
 * <p>Labelling rule: a value is labelled when a careful human reader of the document would mark it.
 * So a bare ten-digit number with nothing saying it is an NHS number is not produced as a positive
 * (nobody could tell), while a NINO or a grouped card number without context is (its shape says
 * enough). Same seed, same documents, on every JVM.
 */
public final class CorpusGenerator {
    /** Document kinds, in the order of {@link #KIND_WEIGHTS}. */
    public static final List<String> KINDS = List.of(
            "letter-nhs", "letter-dwp", "letter-bank", "csv-customers", "csv-patients", "csv-payroll",
            "json-log", "email", "config", "notes", "csv-identity-checks", "prose", "app-log");
    /**
     * Relative frequency of each kind. The last two carry no sensitive values at all (policy text,
     * application logs): most of what a scanner reads in practice is like them, and they are where
     * false positives on clean text show up.
     */
    private static final int[] KIND_WEIGHTS = {8, 6, 6, 10, 10, 8, 18, 12, 10, 14, 6, 14, 14};

    private final SplittableRandom random;
    private final Values v;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.v = new Values(random);
    }

    /** The next document, of a kind drawn with the documented weights. */
    public LabelledDocument next() {
        return nextFrom(0, KINDS.size());
    }

    /**
     * A kind outside {@link #KINDS} (so the accuracy mix is unchanged): sentences built only around
     * look-alikes (checksum-failing numbers, order numbers, version strings ...), no labelled value.
     */
    public static final String NEAR_MISSES = "near-misses";

    /** Index in {@link #KINDS} of the first kind without sensitive values. */
    private static final int CLEAN_KINDS_FROM = 11;

    private LabelledDocument nextFrom(int fromKind, int toKind) {
        int total = 0;
        for (int k = fromKind; k < toKind; k++) total += KIND_WEIGHTS[k];
        int x = v.n(total);
        for (int k = fromKind; k < toKind; k++) {
            x -= KIND_WEIGHTS[k];
            if (x < 0) return next(KINDS.get(k));
        }
        throw new AssertionError();
    }

    public List<LabelledDocument> generate(int count) {
        List<LabelledDocument> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(next());
        return out;
    }

    /** The next document of one kind (one of {@link #KINDS}). */
    public LabelledDocument next(String kind) {
        Doc d = new Doc();
        switch (kind) {
            case "letter-nhs": letterNhs(d); break;
            case "letter-dwp": letterDwp(d); break;
            case "letter-bank": letterBank(d); break;
            case "csv-customers": csvCustomers(d); break;
            case "csv-patients": csvPatients(d); break;
            case "csv-payroll": csvPayroll(d); break;
            case "json-log": jsonLog(d); break;
            case "email": email(d); break;
            case "config": config(d); break;
            case "notes": notes(d); break;
            case "csv-identity-checks": csvIdentityChecks(d); break;
            case "prose": prose(d); break;
            case "app-log": appLog(d); break;
            case NEAR_MISSES: hardNegatives(d, v.between(6, 14)); break;
            default: throw new IllegalArgumentException("unknown document kind " + kind + "; known: " + KINDS);
        }
        return d.build(kind);
    }

    /** What {@link #writeMixed} wrote. */
    public record MixStats(long bytes, long documents, long labels, long hardNegatives) {
        /** Labelled values per MiB of UTF-8 text: the corpus's density. */
        public double labelsPerMiB() {
            return labels / (bytes / 1048576.0);
        }
    }

    /**
     * Bulk mode for benchmarks: writes documents of every kind, drawn with the documented weights
     * and separated by a blank line, until at least {@code targetBytes} of UTF-8 are written. The
     * documents are those of {@code new CorpusGenerator(seed).next()}, so the file is reproducible
     * and its labels known; the returned stats give the density (see docs/accuracy.md for the
     * measured density).
     */
    public static MixStats writeMixed(long seed, long targetBytes, Writer out) throws IOException {
        return writeMixed(seed, targetBytes, out, -1);
    }

    /**
     * As {@link #writeMixed(long, long, Writer)}, but a share {@code sensitiveDocShare} (0..1) of the
     * documents are drawn from the kinds that hold sensitive values and the rest from the clean
     * kinds (prose, application logs), to dial the density down towards that of a file share. A
     * negative share keeps the default weights.
     */
    public static MixStats writeMixed(long seed, long targetBytes, Writer out, double sensitiveDocShare) throws IOException {
        CorpusGenerator g = new CorpusGenerator(seed);
        long bytes = 0, docs = 0, labels = 0, negatives = 0;
        while (bytes < targetBytes) {
            LabelledDocument doc;
            if (sensitiveDocShare < 0) doc = g.next();
            else if (g.v.chance(sensitiveDocShare)) doc = g.nextFrom(0, CLEAN_KINDS_FROM);
            else doc = g.nextFrom(CLEAN_KINDS_FROM, KINDS.size());
            out.write(doc.text());
            out.write("\n\n");
            bytes += utf8Length(doc.text()) + 2;
            docs++;
            labels += doc.labels().size();
            negatives += doc.hardNegatives().size();
        }
        out.flush();
        return new MixStats(bytes, docs, labels, negatives);
    }

    static long utf8Length(String s) {
        long n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) n += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
        }
        return n;
    }

    /** Writes a mixed corpus file: {@code CorpusGenerator <out-file> <MiB> [seed] [sensitive-document-share]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator <out-file> <MiB> [seed] [sensitive-document-share 0..1]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        double share = args.length > 3 ? Double.parseDouble(args[3]) : -1;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8), 1 << 16)) {
            MixStats s = writeMixed(seed, Long.parseLong(args[1]) << 20, w, share);
            System.out.printf("%d bytes, %d documents, %d labelled values (%.0f per MiB), %d hard negatives%n",
                    s.bytes(), s.documents(), s.labels(), s.labelsPerMiB(), s.hardNegatives());
        }
    }

    // ============================================================================== letters

    private void addressBlock(Doc d, Person p) {
        d.t(p.title()).t(' ').v(PERSON_NAME, p.fullName()).nl();
        d.v(STREET_ADDRESS, p.street()).nl();
        d.t(p.town()).nl();
        d.v(UK_POSTCODE, p.postcode()).nl();
    }

    private void letterNhs(Doc d) {
        Person p = Person.random(v);
        String trust = v.pick("Northfield", "Riverside", "St Aldhelm's", "Pennine Valley", "East Weald", "Harbourside");
        d.t(trust).t(v.pick(" NHS Foundation Trust", " Hospitals NHS Trust", " University Hospitals")).nl();
        d.t(v.pick("Outpatients Department", "Cardiology Clinic", "Diabetes Centre", "Fracture Clinic", "Audiology")).nl();
        d.t(v.pick("Tel: ", "Telephone: ", "Appointments line: ")).v(PHONE_NUMBER, v.phone()).nl();
        d.t("Date: ").neg("date-not-birth", v.date(v.recentDate(), v.n(Values.DATE_STYLES))).nl().nl();
        if (v.chance(0.5)) d.t("PRIVATE AND CONFIDENTIAL").nl();
        addressBlock(d, p);
        d.nl().t("Dear ").t(p.title()).t(' ').v(PERSON_NAME, p.surname()).t(",").nl().nl();
        d.t("Re: ").v(PERSON_NAME, p.fullName());
        String dobLabel = v.pick("Date of birth: ", "DOB: ", "D.O.B. ", "Born: ", "Date of Birth ");
        d.t(v.chance(0.5) ? ", " : "\n").t(dobLabel).v(DATE_OF_BIRTH, v.date(p.dob(), v.n(Values.DATE_STYLES)));
        String nhsLabel = v.pick("NHS Number: ", "NHS No: ", "NHS no. ", "NHS number ", "NHS No ");
        d.t(v.chance(0.5) ? ", " : "\n").t(nhsLabel).v(UK_NHS_NUMBER, v.nhsFormatted(v.nhsDigits(true), v.n(3))).nl();
        d.t("Hospital number: ").neg("hospital-number", "RX" + v.digits(7)).nl().nl();
        d.t("Your appointment with the ").t(v.pick("respiratory", "orthopaedic", "dermatology", "ENT"))
                .t(" team has been booked for ").neg("date-not-birth", v.date(v.recentDate(), v.n(Values.DATE_STYLES)))
                .t(" at ").t(Values.two(v.between(8, 16))).t(":").t(v.pick("00", "15", "30", "45")).t(". ");
        d.t("Please bring this letter and a list of your current medication. ");
        if (v.chance(0.5)) {
            d.t("If you cannot attend, please call us on ").v(PHONE_NUMBER, v.phone())
                    .t(" so that we can offer the slot to another patient.");
        } else {
            d.t("To rearrange, e-mail ").v(EMAIL_ADDRESS, "appointments@" + v.pick("nft.nhs.uk", "rvh.nhs.net", "ewh.nhs.uk"))
                    .t(" quoting your hospital number, not your NHS number.");
        }
        d.nl().nl();
        hardNegatives(d, 1 + v.n(2));
        d.nl().t("Yours sincerely,").nl().nl();
        Person doctor = Person.random(v);
        d.t("Dr ").v(PERSON_NAME, doctor.fullName()).nl().t("Consultant ").t(v.pick("Physician", "Surgeon", "Dermatologist")).nl();
        d.t("cc: ").t(v.pick("Dr ", "")).v(PERSON_NAME, Person.random(v).fullName()).t(", ")
                .t(v.pick("Oak Tree", "Market Street", "Riverside", "Elmwood")).t(" Surgery").nl();
    }

    private void letterDwp(Doc d) {
        Person p = Person.random(v);
        d.t("Department for Work and Pensions").nl();
        d.t(v.pick("Pension Service 9", "Universal Credit Service Centre", "Attendance Allowance Unit", "PIP Centre")).nl();
        d.t("Post Handling Site B").nl().t("Wolverhampton").nl().v(UK_POSTCODE, "WV98 " + v.n(10) + v.pick("AB", "BX", "DW", "HQ")).nl().nl();
        d.t("Date: ").neg("date-not-birth", v.date(v.recentDate(), v.n(Values.DATE_STYLES))).nl();
        d.t("Our reference: ").neg("reference", "DWP/" + v.digits(3) + "/" + v.digits(6)).nl();
        d.t(v.pick("National Insurance number: ", "National Insurance No: ", "NI number: ", "NINO: "))
                .v(UK_NATIONAL_INSURANCE_NUMBER, v.ninoFormatted(v.ninoCompact(true), v.n(4))).nl().nl();
        addressBlock(d, p);
        d.nl().t("Dear ").t(p.title()).t(' ').v(PERSON_NAME, p.surname()).nl().nl();
        String benefit = v.pick("State Pension", "Pension Credit", "Attendance Allowance", "Personal Independence Payment");
        d.t("We have looked at your claim for ").t(benefit).t(". From ")
                .neg("date-not-birth", v.date(v.recentDate(), v.n(Values.DATE_STYLES)))
                .t(" you will get £").t(String.valueOf(v.between(40, 480))).t(".").t(Values.two(v.n(100)))
                .t(" every ").t(v.pick("week", "2 weeks", "4 weeks")).t(". ");
        d.t("We will pay this into the account ending ").t(v.digits(4)).t(".").nl().nl();
        if (v.chance(0.4)) {
            d.t("Our records show your date of birth as ").v(DATE_OF_BIRTH, v.date(p.dob(), v.n(Values.DATE_STYLES)))
                    .t(". Tell us if this is wrong.").nl().nl();
        }
        d.t("If you contact us, have your National Insurance number ready. Phone: ").v(PHONE_NUMBER, v.phone())
                .t(" (Monday to Friday, 8am to 6pm).").nl();
        hardNegatives(d, 1 + v.n(2));
        d.nl().t("Yours sincerely").nl().v(PERSON_NAME, Person.random(v).fullName()).nl().t("Case Manager").nl();
    }

    private void letterBank(Doc d) {
        Person p = Person.random(v);
        String bank = v.pick("Albion", "Thameside", "Northern Counties", "Caledonian", "Severn");
        d.t(bank).t(v.pick(" Bank plc", " Building Society", " Bank")).nl().t("Customer Services, PO Box ")
                .t(String.valueOf(v.between(10, 999))).nl().nl();
        addressBlock(d, p);
        d.nl().t(v.date(v.recentDate(), 3)).nl().nl();
        d.t("Dear ").t(p.title()).t(' ').v(PERSON_NAME, p.surname()).t(",").nl().nl();
        d.t(v.pick("Your account details", "Confirmation of your new account", "Important: change to your account"))
                .nl().nl();
        int start = d.length();
        d.t(v.pick("Sort code: ", "Sort Code ", "Sort code ")).t(v.sortCode('-'))
                .t(v.pick("  Account number: ", "\nAccount number: ", ", account no. ", "  Account No ")).t(v.accountNumber());
        d.labelFrom(UK_BANK_ACCOUNT, start).nl();
        d.t(v.pick("IBAN: ", "IBAN ", "International account number (IBAN): "))
                .v(IBAN, v.ibanFormatted(v.iban(true), v.chance(0.7))).nl();
        d.t("BIC: ").t(v.pick("ALBIGB2L", "THMSGB21", "NCBKGB22")).nl().nl();
        if (v.chance(0.6)) {
            d.t(v.pick("Your new debit card number is ", "Card number: ", "The card ", "Replacement card "))
                    .v(PAYMENT_CARD_NUMBER, v.cardFormatted(v.cardDigits(true), v.n(3)))
                    .t(v.pick(" will arrive separately.", " has been sent to your home address.", ".")).nl();
        }
        d.t("Transaction reference: ").neg("reference", v.orderNumber()).nl();
        d.t("If you did not request this change, call us on ").v(PHONE_NUMBER, v.phone()).t(".").nl();
        hardNegatives(d, 1 + v.n(2));
        d.nl().t("Yours sincerely,").nl().v(PERSON_NAME, Person.random(v).fullName()).nl()
                .t(v.pick("Head of Customer Services", "Account Manager")).nl();
    }

    // ============================================================================== CSV exports

    private void csvCustomers(Doc d) {
        d.t("customer_id,first_name,last_name,email,phone,postcode,card_number,order_id,order_date").nl();
        int rows = v.between(4, 18);
        boolean tenDigitOrders = v.chance(0.4);
        for (int i = 0; i < rows; i++) {
            Person p = Person.random(v);
            d.neg("customer-id", "C" + v.digits(7)).t(',');
            d.v(PERSON_NAME, p.first()).t(',').v(PERSON_NAME, p.surname()).t(',');
            d.v(EMAIL_ADDRESS, p.email()).t(',').v(PHONE_NUMBER, p.phone().replace(",", "")).t(',');
            d.v(UK_POSTCODE, v.chance(0.1) ? p.postcode().replace(" ", "") : p.postcode()).t(',');
            if (v.chance(0.8)) d.v(PAYMENT_CARD_NUMBER, v.cardFormatted(v.cardDigits(true), v.pick(0, 2, 2)));
            d.t(',');
            if (tenDigitOrders) {
                // one random ten-digit order number in eleven passes the NHS check, as in real exports
                String order = (char) ('1' + v.n(9)) + v.digits(9);
                d.neg(Checksums.nhsMod11(order) ? "order-number-nhs-valid" : "order-number", order);
            } else {
                d.neg("order-number", v.orderNumber());
            }
            d.t(',').neg("date-not-birth", v.date(v.recentDate(), v.pick(0, 2))).nl();
        }
    }

    private void csvPatients(Doc d) {
        boolean nhsStyle = v.chance(0.5);
        if (nhsStyle) d.t("patient_id,nhs_number,forename,surname,date_of_birth,sex,postcode,gp_practice,last_appointment").nl();
        else d.t("MRN,NHS No,Name,DOB,Gender,Post Code,Practice Code,Next Appt").nl();
        int rows = v.between(4, 18);
        int nhsStyleIndex = v.n(3);
        int dateStyle = v.pick(0, 2, 0, 1, 8);
        for (int i = 0; i < rows; i++) {
            Person p = Person.random(v);
            d.neg("patient-id", (nhsStyle ? "P" : "RX") + v.digits(6)).t(',');
            if (v.chance(0.05)) d.neg("nhs-checksum-fail", v.nhsFormatted(v.nhsDigits(false), nhsStyleIndex));
            else d.v(UK_NHS_NUMBER, v.nhsFormatted(v.nhsDigits(true), nhsStyleIndex));
            d.t(',');
            if (nhsStyle) d.v(PERSON_NAME, p.first()).t(',').v(PERSON_NAME, p.surname());
            else d.t('"').v(PERSON_NAME, p.surname().toUpperCase() + ", " + p.first()).t('"');
            d.t(',').v(DATE_OF_BIRTH, v.date(p.dob(), dateStyle)).t(',').t(p.female() ? "F" : "M").t(',');
            d.v(UK_POSTCODE, p.postcode()).t(',').neg("practice-code", v.pick("B", "C", "D", "F", "M") + v.digits(5)).t(',');
            d.neg("date-not-birth", v.date(v.recentDate(), dateStyle)).nl();
        }
    }

    private void csvPayroll(Doc d) {
        boolean iban = v.chance(0.4);
        d.t("employee_no,full_name,ni_number,date_of_birth,sort_code,account_number,").t(iban ? "iban," : "")
                .t("salary,start_date,tax_code").nl();
        int rows = v.between(4, 16);
        int ninoStyle = v.pick(0, 0, 1, 2);
        for (int i = 0; i < rows; i++) {
            Person p = Person.random(v);
            d.neg("employee-number", "E" + v.digits(5)).t(',').v(PERSON_NAME, p.fullName()).t(',');
            if (v.chance(0.04)) d.neg("nino-invalid", v.ninoFormatted(v.ninoCompact(false), ninoStyle));
            else d.v(UK_NATIONAL_INSURANCE_NUMBER, v.ninoFormatted(v.ninoCompact(true), ninoStyle));
            d.t(',').v(DATE_OF_BIRTH, v.date(p.dob(), v.pick(0, 0, 8, 9))).t(',');
            int start = d.length();
            d.t(v.sortCode('-')).t(',').t(v.accountNumber()).labelFrom(UK_BANK_ACCOUNT, start).t(',');
            if (iban) {
                if (v.chance(0.04)) d.neg("iban-mod97-fail", v.iban(false));
                else d.v(IBAN, v.iban(true));
                d.t(',');
            }
            d.t(String.valueOf(v.between(18, 95) * 1000)).t(',').neg("date-not-birth", v.date(v.recentDate(), 0)).t(',');
            d.neg("tax-code", v.pick("1257L", "1257L", "BR", "0T", "K475", "S1257L", "C1257L")).nl();
        }
    }

    /** An identity-verification export, as onboarding and right-to-work checks produce. */
    private void csvIdentityChecks(Doc d) {
        d.t("check_id,surname,forenames,date_of_birth,document_type,document_number,address_line_1,postcode,result,checked_at").nl();
        int rows = v.between(4, 14);
        for (int i = 0; i < rows; i++) {
            Person p = Person.random(v);
            d.neg("reference", "IDV-" + v.digits(7)).t(',').v(PERSON_NAME, p.surname()).t(',')
                    .v(PERSON_NAME, p.middle() == null ? p.first() : p.first() + " " + p.middle()).t(',');
            d.v(DATE_OF_BIRTH, v.date(p.dob(), 2)).t(',');
            if (v.chance(0.5)) {
                d.t("passport,").v(UK_PASSPORT_NUMBER, v.passport());
            } else if (v.chance(0.92)) {
                d.t("driving_licence,").v(UK_DRIVING_LICENCE_NUMBER, v.drivingLicence(p, true));
            } else {
                d.t("driving_licence,").neg("licence-bad-date", v.drivingLicence(p, false));
            }
            d.t(",\"").v(STREET_ADDRESS, p.street()).t("\",").v(UK_POSTCODE, p.postcode()).t(',')
                    .t(v.pick("PASS", "PASS", "PASS", "REFER", "FAIL")).t(',').neg("timestamp", v.timestamp()).nl();
        }
    }

    // ============================================================================== logs

    private static final String[] USER_AGENTS = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%V Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
            "okhttp/4.12.0", "python-requests/2.31.0", "curl/8.5.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%V Mobile Safari/537.36"};

    private void jsonLog(Doc d) {
        int lines = v.between(6, 30);
        String service = v.pick("checkout", "auth", "patient-portal", "claims-api", "payments");
        for (int i = 0; i < lines; i++) {
            d.t("{\"ts\":\"").neg("timestamp", v.timestamp()).t("\",\"level\":\"")
                    .t(v.pick("INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG")).t("\",\"service\":\"").t(service).t('"');
            d.t(",\"client_ip\":\"").v(IP_ADDRESS, v.chance(0.1) ? v.ipv6() : v.ipv4()).t('"');
            switch (v.n(6)) {
                case 0: case 1:
                    d.t(",\"user\":\"").v(EMAIL_ADDRESS, Person.random(v).email()).t('"');
                    break;
                case 2:
                    d.t(",\"event\":\"login_failed\",\"username\":\"").v(EMAIL_ADDRESS, Person.random(v).email())
                            .t("\",\"attempt\":").t(String.valueOf(v.between(1, 5)));
                    break;
                case 3:
                    d.t(",\"user_id\":").neg("user-id", v.digits(v.between(5, 9)));
                    break;
                default:
                    break;
            }
            d.t(",\"session_id\":\"").neg("session-id", v.chance(0.5) ? v.uuid() : v.hex(32)).t('"');
            String ua = v.pick(USER_AGENTS);
            int k = ua.indexOf("%V");
            d.t(",\"ua\":\"");
            if (k >= 0) d.t(ua.substring(0, k)).neg("version-string", v.between(100, 126) + ".0." + v.between(4000, 6999) + "." + v.between(10, 250)).t(ua.substring(k + 2));
            else d.t(ua);
            d.t("\",\"path\":\"/api/v2/").t(v.pick("orders/", "claims/", "invoices/", "parcels/"))
                    .neg("order-number", v.orderNumber()).t("\",\"status\":").t(v.pick("200", "200", "201", "404", "500", "302"));
            d.t(",\"latency_ms\":").t(String.valueOf(v.between(2, 2400)));
            if (v.chance(0.15)) d.t(",\"build\":\"").neg("version-string", v.versionString()).t('"');
            if (v.chance(0.05)) d.t(",\"msg\":\"payment declined for card ").v(PAYMENT_CARD_NUMBER, v.cardFormatted(v.cardDigits(true), 2)).t('"');
            if (v.chance(0.05)) d.t(",\"msg\":\"upstream ").v(IP_ADDRESS, v.ipv4()).t(" timed out after 3 retries\"");
            d.t(",\"trace_id\":\"").neg("hex-id", v.hex(32)).t("\"}").nl();
        }
    }

    // ============================================================================== e-mail

    private void email(Doc d) {
        Person from = Person.random(v), to = Person.random(v);
        d.t("From: ").v(PERSON_NAME, from.fullName()).t(" <").v(EMAIL_ADDRESS, from.email()).t(">").nl();
        d.t("To: ").v(PERSON_NAME, to.fullName()).t(" <").v(EMAIL_ADDRESS, to.email()).t(">").nl();
        if (v.chance(0.3)) d.t("Cc: ").v(EMAIL_ADDRESS, Person.random(v).email()).nl();
        LocalDate sent = v.recentDate();
        d.t("Date: ").t(sent.getDayOfWeek().toString().substring(0, 1))
                .t(sent.getDayOfWeek().toString().substring(1, 3).toLowerCase()).t(", ")
                .neg("date-not-birth", v.date(sent, 5)).t(" ").t(Values.two(v.n(24))).t(":").t(Values.two(v.n(60))).t(" +0000").nl();
        d.t("Message-ID: <").neg("hex-id", v.hex(16)).t("@mail.").t(v.pick("brightwater.co.uk", "outlook.com")).t(">").nl();
        int topic = v.n(5);
        d.t("Subject: ").t(new String[] {"New starter details", "Change of address", "Re: your claim",
                "Car hire booking", "Card payment"}[topic]).nl().nl();
        d.t(v.pick("Hi ", "Dear ", "Hello ")).v(PERSON_NAME, to.first()).t(",").nl().nl();
        switch (topic) {
            case 0:
                d.t("Here are my details for the payroll form as requested.").nl();
                d.t(v.pick("NI number: ", "National Insurance: ", "My NI no is "))
                        .v(UK_NATIONAL_INSURANCE_NUMBER, v.ninoFormatted(v.ninoCompact(true), v.n(5))).nl();
                d.t(v.pick("Date of birth: ", "DOB ", "Born ")).v(DATE_OF_BIRTH, v.date(from.dob(), v.n(Values.DATE_STYLES))).nl();
                int start = d.length();
                d.t("Bank: sort code ").t(v.sortCode(v.chance(0.8) ? '-' : ' ')).t(", account ").t(v.accountNumber());
                d.labelFrom(UK_BANK_ACCOUNT, start).nl();
                d.t("Start date is ").neg("date-not-birth", v.date(v.recentDate(), v.n(Values.DATE_STYLES))).t(".").nl();
                break;
            case 1:
                d.t("Please update my address to ").v(STREET_ADDRESS, from.street()).t(", ").t(from.town()).t(' ')
                        .v(UK_POSTCODE, from.postcode()).t(" from ").neg("date-not-birth", v.date(v.recentDate(), 3)).t(".").nl();
                d.t("My mobile is ").v(PHONE_NUMBER, from.phone()).t(" if you need to check anything.").nl();
                break;
            case 2:
                d.t("Thanks for your reply. My claim reference is ").neg("reference", "CLM-" + v.digits(8))
                        .t(" and my NI number is ").v(UK_NATIONAL_INSURANCE_NUMBER, v.ninoFormatted(v.ninoCompact(true), v.n(5)))
                        .t(". I was not able to upload the form dated ").neg("date-not-birth", v.date(v.recentDate(), 0)).t(".").nl();
                break;
            case 3:
                d.t("For the car hire, my driving licence number is ").v(UK_DRIVING_LICENCE_NUMBER, v.drivingLicence(from, true))
                        .t(" and my passport number is ").v(UK_PASSPORT_NUMBER, v.passport()).t(".").nl();
                d.t("Date of birth ").v(DATE_OF_BIRTH, v.date(from.dob(), v.n(Values.DATE_STYLES)))
                        .t(". Pick-up on ").neg("date-not-birth", v.date(v.recentDate(), 4)).t(", booking ").neg("reference", v.orderNumber()).t(".").nl();
                break;
            default:
                d.t("I paid with my card ").v(PAYMENT_CARD_NUMBER, v.cardFormatted(v.cardDigits(true), v.n(3)))
                        .t(" but the invoice ").neg("reference", "INV" + v.digits(6)).t(" still shows as unpaid.").nl();
                if (v.chance(0.5)) d.t("Refunds can go to ").v(IBAN, v.ibanFormatted(v.iban(true), v.chance(0.5))).t(" instead.").nl();
                break;
        }
        hardNegatives(d, v.n(3));
        d.nl().t(v.pick("Thanks,", "Kind regards,", "Best wishes,", "Cheers,")).nl().v(PERSON_NAME, from.first()).nl();
        if (v.chance(0.5)) d.v(PHONE_NUMBER, from.phone()).nl();
    }

    // ============================================================================== config

    private void config(Doc d) {
        switch (v.n(4)) {
            case 0: {
                d.t("# ").t(v.pick("production", "staging")).t(" environment").nl();
                d.t("APP_VERSION=").neg("version-string", v.versionString()).nl();
                d.t("DB_HOST=").v(IP_ADDRESS, v.ipv4()).nl().t("DB_PORT=5432").nl().t("DB_USER=app_rw").nl();
                d.t("DB_PASSWORD=").v(CREDENTIALS, v.password()).nl();
                d.t("AWS_ACCESS_KEY_ID=").v(CREDENTIALS, v.awsAccessKeyId()).nl();
                d.t("AWS_SECRET_ACCESS_KEY=").v(CREDENTIALS, v.awsSecret()).nl();
                d.t("REDIS_PASSWORD=").neg("placeholder-password", v.placeholderPassword()).nl();
                d.t("SENTRY_RELEASE=").neg("version-string", "v" + v.between(1, 20) + "." + v.n(10) + "." + v.n(30)).nl();
                d.t("BUILD_SHA=").neg("hex-id", v.hex(40)).nl();
                break;
            }
            case 1: {
                d.t("spring:").nl().t("  datasource:").nl().t("    url: jdbc:postgresql://").v(IP_ADDRESS, v.ipv4()).t(":5432/orders").nl();
                d.t("    username: orders_app").nl().t("    password: \"").v(CREDENTIALS, v.password()).t("\"").nl();
                d.t("  mail:").nl().t("    host: smtp.").t(v.pick("brightwater.co.uk", "mailrelay.internal")).nl();
                d.t("    password: ").neg("placeholder-password", v.placeholderPassword()).nl();
                d.t("management:").nl().t("  info:").nl().t("    version: ").neg("version-string", v.versionString()).nl();
                d.t("support:").nl().t("  contact: ").v(EMAIL_ADDRESS, Person.random(v).email()).nl();
                d.t("checksum: sha256:").neg("hex-id", v.hex(64)).nl();
                break;
            }
            case 2: {
                d.t("# deploy key for ").t(v.pick("build-agent-3", "backup@nas", "ci-runner")).nl();
                String kind = v.pick("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY");
                int start = d.length();
                d.t("-----BEGIN ").t(kind).t("-----\n").t(v.pemBody(v.between(3, 8))).t("-----END ").t(kind).t("-----");
                d.labelFrom(CREDENTIALS, start).nl();
                d.t("# public part fingerprint SHA256:").neg("hex-id", v.hex(43)).nl();
                break;
            }
            default: {
                d.t("[database]").nl().t("url = postgres://report_user:").v(CREDENTIALS, v.password()).t("@db-")
                        .t(String.valueOf(v.n(9))).t(".internal:5432/analytics").nl();
                d.t("[github]").nl().t("token = ").v(CREDENTIALS, v.githubToken()).nl();
                d.t("[smtp]").nl().t("password = ").neg("placeholder-password", v.placeholderPassword()).nl();
                d.t("[server]").nl().t("bind = ").v(IP_ADDRESS, v.ipv4()).nl().t("version = ").neg("version-string", v.versionString()).nl();
                d.t("admin_email = ").v(EMAIL_ADDRESS, Person.random(v).email()).nl();
                break;
            }
        }
    }

    // ============================================================================== notes

    private void notes(Doc d) {
        Person p = Person.random(v);
        LocalDate when = v.recentDate();
        d.t(v.pick("Case note ", "Call log ", "Contact record ", "")).neg("date-not-birth", v.date(when, v.pick(0, 2, 5))).t(" - ")
                .t(v.pick("advisor ", "caseworker ", "")).v(PERSON_NAME, Person.random(v).first()).nl();
        int sentences = v.between(3, 6);
        for (int s = 0; s < sentences; s++) {
            switch (v.n(11)) {
                case 0:
                    d.t("Called ").t(p.title()).t(' ').v(PERSON_NAME, p.surname()).t(" on ").v(PHONE_NUMBER, p.phone())
                            .t(v.pick(", no answer. ", ", left voicemail. ", " and confirmed details. "));
                    break;
                case 1:
                    d.t("Identity checked: DOB ").v(DATE_OF_BIRTH, v.date(p.dob(), v.n(Values.DATE_STYLES)))
                            .t(" and NI ").v(UK_NATIONAL_INSURANCE_NUMBER, v.ninoFormatted(v.ninoCompact(true), v.n(5))).t(". ");
                    break;
                case 2:
                    d.v(PERSON_NAME, p.fullName()).t(v.pick(" has moved to ", " now lives at ", " new address: "))
                            .v(STREET_ADDRESS, p.street()).t(", ").t(p.town()).t(", ").v(UK_POSTCODE, p.postcode()).t(". ");
                    break;
                case 3:
                    d.t(v.pick("Passport no. ", "Passport number ", "Saw passport ")).v(UK_PASSPORT_NUMBER, v.passport())
                            .t(", expires ").neg("date-not-birth", v.date(v.recentDate().plusYears(5), v.n(Values.DATE_STYLES))).t(". ");
                    break;
                case 4:
                    d.t(v.pick("Driving licence ", "DL no ", "Licence number ")).v(UK_DRIVING_LICENCE_NUMBER, v.drivingLicence(p, true))
                            .t(v.pick(" seen and copied. ", " checked with DVLA. "));
                    break;
                case 5:
                    d.t("Patient's NHS number ").v(UK_NHS_NUMBER, v.nhsFormatted(v.nhsDigits(true), v.n(3)))
                            .t(v.pick(", referred to GP. ", " - records requested. "));
                    break;
                case 6:
                    d.t("Refund to be paid to sort code ");
                    int start = d.length();
                    d.t(v.sortCode('-')).t(v.pick(" acc ", ", account number ", " / ")).t(v.accountNumber()).labelFrom(UK_BANK_ACCOUNT, start).t(". ");
                    break;
                case 7:
                    d.t("Email from ").v(EMAIL_ADDRESS, p.email()).t(" received ").neg("date-not-birth", v.date(v.recentDate(), 5)).t(". ");
                    break;
                case 8:
                    d.t("Customer read out card ").v(PAYMENT_CARD_NUMBER, v.cardFormatted(v.cardDigits(true), v.n(2)))
                            .t(" expiry ").t(Values.two(v.between(1, 12))).t("/").t(String.valueOf(v.between(26, 31))).t(" - advised never to share this by phone. ");
                    break;
                case 9:
                    // values a careful reader recognises without any label ("Ref" is not used: it names other numbers)
                    d.t(v.pick("Client ", "Noted: ", "")).v(UK_NATIONAL_INSURANCE_NUMBER, v.ninoFormatted(v.ninoCompact(true), v.pick(0, 1)))
                            .t(v.pick(" on file. ", ". "));
                    break;
                default:
                    hardNegatives(d, 1);
                    d.t(' ');
                    break;
            }
        }
        d.nl();
    }

    // ============================================================================== clean text

    private static final String[] PROSE = {
            "This policy applies to all staff, contractors and volunteers working on behalf of the Trust.",
            "Personal data must be kept no longer than is necessary for the purpose for which it was collected.",
            "The Information Governance Committee meets quarterly and reports to the Board.",
            "Any suspected breach must be reported to the Data Protection Officer within 24 hours.",
            "Section %S sets out the retention schedule for clinical and corporate records.",
            "Version %V of this document supersedes all earlier versions.",
            "Training is mandatory and must be renewed every 12 months.",
            "Where a Subject Access Request is received, the response is due within one calendar month.",
            "The Caldicott Guardian is responsible for protecting the confidentiality of patient information.",
            "Records held on shared drives must be reviewed at least once a year.",
            "Please see Appendix B for the approved list of secure file transfer tools.",
            "Encryption at rest uses AES-256 and keys are rotated every 90 days.",
            "Members of the public may request a copy of this policy from Customer Services.",
            "Paper records awaiting destruction must be stored in locked confidential waste bins.",
            "The North West Region reported 14 incidents in Q3, down from 19 in Q2.",
            "Meeting held in Committee Room 2, Grace Wing; apologies were received from two members.",
            "Action: the Head of Digital to circulate the revised Acceptable Use Policy by Friday.",
            "The Board approved the budget of £2.4m for the Digital Records Programme.",
            "Remote access is granted only through the managed VPN with multi-factor authentication.",
            "Will the new system support single sign-on? The supplier has confirmed that it will.",
            "Royal Mail collections are at 3pm on weekdays; urgent items go by courier.",
            "Victoria House and Wellington Court are closed for refurbishment until further notice.",
            "The helpdesk is open from 8am to 6pm, Monday to Friday, excluding bank holidays.",
            "Lessons learned from incident %R were shared with all departmental leads.",
            "Figures are rounded to the nearest whole number and may not sum to 100%."};

    private void prose(Doc d) {
        d.t(v.pick("Data Protection Policy", "Records Management Procedure", "Minutes of the Information Governance Committee",
                "Information Security Standard", "Annual Report: Information Governance")).nl().nl();
        int paragraphs = v.between(2, 5);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = v.between(3, 7);
            for (int s = 0; s < sentences; s++) {
                String t = PROSE[v.n(PROSE.length)];
                int k;
                if ((k = t.indexOf("%S")) >= 0) {
                    d.t(t.substring(0, k)).neg("section-number", v.between(1, 9) + "." + v.between(1, 9) + "." + v.between(1, 9)).t(t.substring(k + 2));
                } else if ((k = t.indexOf("%V")) >= 0) {
                    d.t(t.substring(0, k)).neg("version-string", v.versionString()).t(t.substring(k + 2));
                } else if ((k = t.indexOf("%R")) >= 0) {
                    d.t(t.substring(0, k)).neg("reference", "IG-" + v.between(2019, 2026) + "-" + v.digits(4)).t(t.substring(k + 2));
                } else {
                    d.t(t);
                }
                d.t(' ');
            }
            d.nl().nl();
        }
    }

    private void appLog(Doc d) {
        int lines = v.between(10, 40);
        String[] classes = {"c.c.orders.OrderService", "c.c.auth.TokenFilter", "o.h.engine.jdbc.spi.SqlExceptionHelper",
                "c.c.batch.ExportJob", "o.s.web.servlet.DispatcherServlet", "c.c.cache.RedisCache"};
        for (int i = 0; i < lines; i++) {
            d.neg("timestamp", v.recentDate() + " " + Values.two(v.n(24)) + ":" + Values.two(v.n(60)) + ":" + Values.two(v.n(60)) + "," + v.digits(3));
            d.t(' ').t(v.pick("INFO ", "INFO ", "WARN ", "DEBUG", "ERROR")).t(" [").t(v.pick("main", "pool-1-thread-" + v.between(1, 8), "http-nio-8080-exec-" + v.between(1, 20))).t("] ");
            d.t(v.pick(classes)).t(" - ");
            switch (v.n(7)) {
                case 0: d.t("processed batch ").t(String.valueOf(v.between(1, 99999))).t(" in ").t(String.valueOf(v.between(2, 900))).t(" ms"); break;
                case 1: d.t("request id=").neg("session-id", v.uuid()).t(" completed status=200"); break;
                case 2: d.t("cache hit ratio ").t(String.valueOf(v.n(100))).t("% over ").t(String.valueOf(v.between(1000, 99999))).t(" lookups"); break;
                case 3: d.t("Started application in ").t(String.valueOf(v.between(2, 40))).t(".").t(String.valueOf(v.n(1000))).t(" seconds (JVM running for ").t(String.valueOf(v.between(3, 60))).t(")"); break;
                case 4: d.t("Connection pool stats: active=").t(String.valueOf(v.n(20))).t(", idle=").t(String.valueOf(v.n(20))).t(", waiting=0"); break;
                case 5: d.t("loaded schema version ").neg("version-string", v.versionString()).t(" checksum ").neg("hex-id", v.hex(40)); break;
                default: d.t("export ").neg("reference", "EXP-" + v.digits(8)).t(" wrote ").t(String.valueOf(v.between(10, 100000))).t(" rows"); break;
            }
            d.nl();
        }
    }

    // ============================================================================== hard negatives

    /** Sentences built around look-alikes; every category a detector could plausibly fall for. */
    private void hardNegatives(Doc d, int count) {
        for (int i = 0; i < count; i++) {
            switch (v.n(22)) {
                case 0: d.t("NHS number ").neg("nhs-checksum-fail", v.nhsFormatted(v.nhsDigits(false), v.n(3))).t(" was rejected by the spine as invalid."); break;
                case 1: d.t("Order number ").neg("order-number-nhs-valid", v.nhsDigits(true)).t(" has been dispatched."); break;
                case 2: d.t(v.pick("Example NI number ", "NI number ")).neg("nino-invalid", v.ninoFormatted(v.ninoCompact(false), v.n(4))).t(" failed validation."); break;
                case 3: d.t("Card ").neg("card-luhn-fail", v.cardFormatted(v.cardDigits(false), v.n(3))).t(" was declined (invalid number)."); break;
                case 4: d.t("Tracking number ").neg("tracking-number", "00" + v.digits(2) + " " + v.digits(4) + " " + v.digits(4) + " " + v.digits(4)).t("."); break;
                case 5: d.t("IBAN ").neg("iban-mod97-fail", v.ibanFormatted(v.iban(false), v.chance(0.5))).t(" failed the bank's check."); break;
                case 6: d.t("Invoice date: ").neg("date-not-birth", v.date(v.recentDate(), v.pick(1, 7))).t(", due ").neg("date-not-birth", v.date(v.recentDate(), 1)).t("."); break;
                case 7: d.t("Parcel ref ").neg("nine-digit-reference", (char) ('1' + v.n(9)) + v.digits(8)).t(" collected."); break;
                case 8: d.t("Licence ").neg("licence-bad-date", v.drivingLicence(Person.random(v), false)).t(" (returned by DVLA as not valid)."); break;
                case 9: d.t("Fax ").neg("phone-invalid", v.invalidPhone()).t(" is not a working number."); break;
                case 10: d.t(v.pick("Part no. ", "SKU ", "Model ")).neg("product-code-postcode-shape", v.productCodeLikePostcode()).t(" out of stock."); break;
                case 11: d.t("Appointment on ").neg("date-not-birth", v.date(v.recentDate(), v.n(Values.DATE_STYLES))).t(" at ").t(Values.two(v.between(8, 17))).t(":00."); break;
                case 12: d.t(v.pick("Upgraded to version ", "Firmware ", "Requires ")).neg("version-string", v.versionString()).t("."); break;
                case 13: d.t("Session ").neg("session-id", v.uuid()).t(" expired."); break;
                case 14: d.t("File hash ").neg("hex-id", v.hex(64)).t("."); break;
                case 15: d.t("Set password to ").neg("placeholder-password", v.placeholderPassword()).t(" in the template."); break;
                case 16: d.t("Logo file ").neg("email-like", v.pick("logo", "banner", "icon-home") + "@2x.png").t(" updated."); break;
                case 17: d.t("Meet at ").neg("name-like-place", v.pick("Victoria Station", "Green Park", "Marks and Spencer", "Kingston Bridge", "Hamilton Square")).t("."); break;
                case 18: d.t("Allow ").neg("address-like", v.pick("14 working days", "28 Days Notice", "3 Business Days", "10 Working Days")).t(" for a reply."); break;
                case 19: d.t("Date: ").neg("date-sort-code-shape", Values.two(v.between(1, 28)) + "-" + Values.two(v.between(1, 12)) + "-" + Values.two(v.between(20, 26))).t("."); break;
                case 20: d.t("Valid from ").neg("date-not-birth", v.date(v.recentDate(), v.n(Values.DATE_STYLES))).t(" to ").neg("date-not-birth", v.date(v.recentDate().plusYears(1), v.n(Values.DATE_STYLES))).t("."); break;
                default: d.t("Invoice ").neg("invoice-number", "INV-" + v.digits(4) + "-" + v.digits(4) + "-" + v.digits(4) + "-" + v.digits(4)).t(" attached."); break;
            }
            d.t(' ');
        }
    }
}
