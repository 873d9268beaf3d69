package org.custodian.corpus;

import java.time.LocalDate;

/** A synthetic person whose details agree with each other (licence from name and birth date, postcode from town). */
record Person(
        String title,
        String first,
        String middle,
        String surname,
        boolean female,
        LocalDate dob,
        String street,
        String town,
        String postcode,
        String email,
        String phone) {

    static Person random(Values v) {
        boolean female = v.chance(0.52);
        String first = v.pick(female ? Lists.FEMALE_FIRST : Lists.MALE_FIRST);
        String middle = v.chance(0.35) ? v.pick(female ? Lists.FEMALE_FIRST : Lists.MALE_FIRST) : null;
        String surname = v.pick(Lists.SURNAMES);
        String title = female ? v.pick("Mrs", "Ms", "Miss", "Dr", "Mrs") : v.pick("Mr", "Mr", "Mr", "Dr");
        LocalDate dob = v.dateOfBirth();
        String street = (v.chance(0.15) ? "Flat " + v.between(1, 24) + ", " : "") + v.between(1, 212) + " "
                + v.pick(Lists.STREETS) + " " + v.pick(Lists.STREET_SUFFIXES);
        String[] town = v.pick(Lists.TOWNS).split("\\|");
        Person partial = new Person(title, first, middle, surname, female, dob, street, town[0],
                v.postcode(town[1]), null, v.phone());
        return new Person(title, first, middle, surname, female, dob, street, town[0], partial.postcode(),
                v.email(partial), partial.phone());
    }

    String fullName() {
        return first + " " + surname;
    }
}
